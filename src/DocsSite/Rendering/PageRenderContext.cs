using System.Globalization;
using DocsSite.Markdown;
using DocsSite.Markdown.Embeds;
using DocsSite.Pages;
using DocsSite.Yaml;
using Markdig.Syntax;

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
    private readonly HashSet<string> _markdownHrefs = new(StringComparer.Ordinal);

    public Page Page { get; } = page;

    public SiteIndex Site { get; } = site;

    public Theme Theme { get; } = theme;

    /// <summary>Folder that relative links in the Markdown being rendered start from ("/" for data fields).</summary>
    public string LinkBase { get; private set; } = page.SourcePath is { } p ? "/" + p[..(p.LastIndexOf('/') + 1)] : "/";

    public IReadOnlyList<string> CitedFacts => _cited;

    /// <summary>The root of the site, relative to this page ("../../"); templates prefix asset URLs with it.</summary>
    public string Root => SiteUrls.Relative(Page.Url, "/") is var root && root == "./" ? "" : root;

    /// <summary>The number of a fact's citation on this page; the first citation of a fact numbers it.</summary>
    public int Cite(string factId)
    {
        if (_numbers.TryGetValue(factId, out var n)) return n;
        _cited.Add(factId);
        return _numbers[factId] = _cited.Count;
    }

    /// <summary>A site URL ("/a/b/#x") as a link relative to this page.</summary>
    public string Href(string siteUrl)
    {
        var hash = siteUrl.IndexOf('#');
        var path = hash >= 0 ? siteUrl[..hash] : siteUrl;
        var fragment = hash >= 0 ? siteUrl[hash..] : "";
        if (path.Length == 0 || path == Page.Url) return fragment.Length > 0 ? fragment : "./";
        return SiteUrls.Relative(Page.Url, path) + fragment;
    }

    /// <summary>
    /// Markdig's link rewriter: a relative link is resolved against the Markdown file's
    /// folder, a link to a .md page becomes that page's URL, and the result is made
    /// relative to this page's URL (which is one folder deeper than its file).
    /// </summary>
    public string RewriteLink(string url)
    {
        var rewritten = Rewrite(url);
        _markdownHrefs.Add(rewritten);
        return rewritten;
    }

    /// <summary>Every href and src the page's Markdown produced; they were checked at their source.</summary>
    public IReadOnlySet<string> MarkdownHrefs => _markdownHrefs;

    private string Rewrite(string url)
    {
        if (LinkTarget.Parse(url) is not { IsInternal: true } target) return url;
        var sitePath = target.Path.StartsWith('/') ? target.Path : SiteUrls.Combine(LinkBase, target.Path);
        if (sitePath is null) return url;
        if (sitePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && Site.PageAt(Uri.UnescapeDataString(sitePath.TrimStart('/'))) is { } linked)
            sitePath = linked.Url;
        if (target.Path.Length == 0) return url; // "#x" or "?q": already relative to this page
        return Href(sitePath + target.Query) + target.Fragment;
    }

    /// <summary>Renders Markdown from a data field within this page, so its citations number with the page's.</summary>
    public string RenderMarkdown(MarkdownText? text)
    {
        if (text is null) return "";
        var saved = LinkBase;
        LinkBase = "/";
        try
        {
            return RenderDocument(Site.Parse(text));
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

    public string RenderDocument(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new PageHtmlRenderer(writer, this);
        MarkdownPipelines.Site.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public string RenderEmbed(EmbedBlock block) => EmbedViews.Render(block, this);
}
