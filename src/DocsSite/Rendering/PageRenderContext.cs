using System.Globalization;
using DocsSite.Links;
using DocsSite.Markdown;
using DocsSite.Markdown.Embeds;
using DocsSite.Pages;
using DocsSite.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Rendering;

/// <summary>
/// The state of rendering one page: which facts it cited (in order, for numbering and
/// the reference list) and how to turn a site URL into one relative to this page.
/// Not shared between pages, so pages render in parallel.
/// </summary>
internal sealed class PageRenderContext(Page page, SiteIndex site, Theme theme)
{
    private readonly List<string> _cited = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<LinkEdge> _edges = [];
    private readonly Stack<MarkdownScan> _scans = new();
    private LinkInline? _link;

    public Page Page { get; } = page;

    public SiteIndex Site { get; } = site;

    public Theme Theme { get; } = theme;

    /// <summary>Folder that relative links in the Markdown being rendered start from ("/" for data fields).</summary>
    public string LinkBase { get; private set; } = page.SourcePath is { } p ? "/" + p[..(p.LastIndexOf('/') + 1)] : "/";

    public IReadOnlyList<string> CitedFacts => _cited;

    /// <summary>The root of the site, relative to this page ("../../"); templates prefix asset URLs with it.</summary>
    public string Root => SiteUrls.Relative(Page.Url, "/") is var root && root == "./" ? "" : root;

    /// <summary>The number a fact already has on this page, if it was cited.</summary>
    public int? NumberOf(string factId) => _numbers.TryGetValue(factId, out var n) ? n : null;

    /// <summary>The number of a fact's citation on this page; the first citation of a fact numbers it.</summary>
    public int Cite(string factId)
    {
        if (_numbers.TryGetValue(factId, out var n)) return n;
        _cited.Add(factId);
        return _numbers[factId] = _cited.Count;
    }

    /// <summary>
    /// A decoded site path ("/a/c#/") and an optional element id as a link relative to this page,
    /// percent-encoded once. The id is passed apart: a '#' may be part of a page's name.
    /// </summary>
    public string Href(string sitePath, string? id = null)
    {
        var fragment = id is null ? "" : "#" + id;
        if (sitePath.Length == 0 || sitePath == Page.Url) return fragment.Length > 0 ? fragment : "./";
        return SiteUrls.Relative(Page.Url, sitePath) + fragment;
    }

    /// <summary>
    /// Markdig's link rewriter: a relative link is resolved against the Markdown file's
    /// folder, a link to a .md page becomes that page's URL, and the result is made
    /// relative to this page's URL (which is one folder deeper than its file).
    /// </summary>
    /// <remarks>
    /// In an MkDocs corpus, a link that names nothing from the file's folder but a page or file from the page's URL
    /// (<c>./#section</c>, <c>../other</c>) is kept as written: MkDocs leaves it alone, and browsers read it from the URL.
    /// </remarks>
    public string RewriteLink(string url)
    {
        var asOutput = Site.Settings.MkDocs && _link is not null && IsWrittenForOutput(url);
        var rewritten = asOutput ? AsOutput(url) : Rewrite(url);
        if (_link is not null && _scans.TryPeek(out var scan) && scan.ByNode.TryGetValue(_link, out var written) && written.Count > 0)
            _edges.Add(new LinkEdge(rewritten, written[0].Url, written[0].At, asOutput ? Page.Url : LinkBase, RawHtml: false, written[0].NoCheck, asOutput));
        return rewritten;
    }

    /// <summary>A URL written relative to the page's output URL, tidied: "../../logo.png" from the root is "logo.png", as browsers read it.</summary>
    private string AsOutput(string url)
    {
        var target = LinkTarget.Parse(url)!;
        return Href(LinkTarget.Decode(SiteUrls.BrowserCombine(Page.Url, target.Path))) + target.Query + target.Fragment;
    }

    private bool IsWrittenForOutput(string url)
    {
        if (LinkTarget.Parse(url) is not { IsInternal: true } target || target.Path.Length == 0 || target.Path.StartsWith('/')) return false;
        var fromSource = SiteUrls.Combine(LinkBase, target.Path);
        if (fromSource is not null && Site.Exists(LinkTarget.Decode(fromSource))) return false;
        return Site.Exists(LinkTarget.Decode(SiteUrls.BrowserCombine(Page.Url, target.Path)));
    }

    /// <summary>Every link this page's Markdown and raw HTML wrote, with its source, in the order written.</summary>
    public IReadOnlyList<LinkEdge> Edges => _edges;

    /// <summary>The Markdown link being rendered, while it is.</summary>
    public void EnterLink(LinkInline? link) => _link = link;

    /// <summary>
    /// Raw HTML moves with its page: its relative URLs are rewritten exactly as Markdown links are
    /// (from the file's folder, ".md" to the page), and each is recorded with its place in the source.
    /// </summary>
    /// <returns>The HTML with its URLs rewritten, or null when nothing changed.</returns>
    /// <remarks>
    /// Generators that copy raw HTML as it is (MkDocs) lead authors to write it relative to the page's
    /// output URL instead: a URL that names nothing from the file's folder but a file from the page's URL is kept.
    /// </remarks>
    public string? RewriteRawHtml(MarkdownObject node, string html)
    {
        if (!_scans.TryPeek(out var scan) || !scan.ByNode.TryGetValue(node, out var links)) return null;
        var written = new Dictionary<string, Queue<LinkReference>>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (!written.TryGetValue(link.Url, out var queue)) written[link.Url] = queue = new Queue<LinkReference>();
            queue.Enqueue(link);
        }
        var (rewritten, changed) = RawHtmlUrls.Rewrite(html, url =>
        {
            // A URL the scan left out (inside data-no-check) stays as written; so does one marked no-check.
            if (!written.TryGetValue(url, out var queue) || !queue.TryDequeue(out var link)) return url;
            var asOutput = !link.NoCheck && IsWrittenForOutput(url);
            var href = link.NoCheck ? url : asOutput ? AsOutput(url) : Rewrite(url);
            _edges.Add(new LinkEdge(href, url, link.At, asOutput ? Page.Url : LinkBase, RawHtml: true, link.NoCheck, asOutput));
            return href;
        });
        // URLs the tokenizer did not reach as attributes stay as written: checked as the browser will read them.
        foreach (var rest in written.Values.SelectMany(q => q))
            _edges.Add(new LinkEdge(rest.Url, rest.Url, rest.At, Page.Url, RawHtml: true, rest.NoCheck, AsOutput: true));
        return changed ? rewritten : null;
    }

    private string Rewrite(string url)
    {
        if (LinkTarget.Parse(url) is not { IsInternal: true } target) return url;
        if (target.Path.Length == 0) return url; // "#x" or "?q": already relative to this page
        var combined = target.Path.StartsWith('/') ? target.Path : SiteUrls.Combine(LinkBase, target.Path);
        var sitePath = combined is null ? null : LinkTarget.Decode(combined);
        // "/docs/x.md" written for a code host, where "/" is the repository's root and docs/ is this site.
        if (sitePath is not null && target.Path.StartsWith('/') && !Site.Exists(sitePath) && Site.Repository?.SitePathOf(sitePath) is { } inInput)
            sitePath = inInput;
        if (sitePath is not null && Site.PageNamed(sitePath) is { } linked) return Href(linked.Url) + target.Query + target.Fragment;
        // A link out of the input to the rest of the repository, as code hosts show it.
        if ((sitePath is null || (target.Path.StartsWith('/') && !Site.Exists(sitePath)))
            && Site.Repository?.Link(LinkBase, LinkTarget.Decode(target.Path)) is { } repository)
            return repository + target.Query + target.Fragment;
        return sitePath is null ? url : Href(sitePath) + target.Query + target.Fragment;
    }

    /// <summary>Renders Markdown from a data field within this page, so its citations number with the page's.</summary>
    public string RenderMarkdown(MarkdownText? text)
    {
        if (text is null) return "";
        var saved = LinkBase;
        LinkBase = "/";
        try
        {
            var parsed = Site.Parse(text);
            return RenderDocument(parsed.Document, parsed.Scan);
        }
        finally
        {
            LinkBase = saved;
        }
    }

    /// <summary>Like <see cref="RenderMarkdown"/> for a one-line field: no surrounding paragraph.</summary>
    public string RenderInline(MarkdownText? text)
    {
        var html = RenderMarkdown(text).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }

    /// <summary>
    /// Renders a document with this thread's renderer. Data Markdown and embeds render inside a
    /// page's Markdown, so each nesting depth has a renderer of its own.
    /// </summary>
    public string RenderDocument(MarkdownDocument document, MarkdownScan scan)
    {
        var renderer = PageHtmlRenderer.Rent(this, _scans.Count);
        _scans.Push(scan);
        try
        {
            renderer.Render(document);
            renderer.Writer.Flush();
            return renderer.Writer.ToString() ?? "";
        }
        finally
        {
            _scans.Pop();
            renderer.Return();
        }
    }
}
