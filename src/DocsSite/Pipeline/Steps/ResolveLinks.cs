using System.Collections.Concurrent;
using DocsSite.Diagnostics;
using DocsSite.Links;
using DocsSite.Outputs;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// The link graph: every link of every HTML document of the site, resolved once, after
/// rendering, against the manifest and the ids each document really renders. A link that
/// came from Markdown or raw HTML (in a page or a data field) is matched to its edge, resolved
/// as written and reported where written; one a template made is reported against the page.
/// The graph also says which pages something links to, for the orphan check.
/// </summary>
internal sealed class ResolveLinks : IBuildStep
{
    public string Name => "Resolving links";

    /// <summary>When set, only these destinations' links are resolved (serve re-checking an edited page against the whole site).</summary>
    public IReadOnlySet<string>? Only { get; init; }

    public void Run(BuildContext context)
    {
        if (context.Index is not { } index) return;
        var resolver = new LinkResolver(index, context.Manifest);
        // Two pages writing one file were reported when planned; the manifest's own page is the one linked.
        var edges = new Dictionary<string, IReadOnlyList<LinkEdge>>(StringComparer.Ordinal);
        foreach (var page in context.Rendered)
            if (context.Manifest.Find(page.Page.OutputPath)?.Page is { } owner && ReferenceEquals(owner, page.Page))
                edges[page.Page.OutputPath] = page.Edges;
        var linked = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var declared = new ExternalAnchors(context.Settings.ExternalAnchors);
        var documents = context.Manifest.Documents
            .Where(d => context.Html.ContainsKey(d.Destination.Value) && (Only is null || Only.Contains(d.Destination.Value))).ToList();
        Parallel.ForEach(documents, document =>
        {
            var html = context.Html[document.Destination.Value];
            var written = Queues(edges.GetValueOrDefault(document.Destination.Value) ?? []);
            foreach (var link in html.Links)
            {
                var edge = written.TryGetValue(Key(link.Url), out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
                if (edge is { NoCheck: true }) continue;
                // Markdown links and raw HTML are resolved as written, from their file's folder; template links as output.
                var target = edge is not null
                    ? CheckWritten(edge, document, resolver, declared, context)
                    : CheckOutput(link, document, resolver, declared, context);
                if (target?.Page is { } page && !ReferenceEquals(target, document)) linked.TryAdd(page.Url, 0);
            }
        });
        context.LinkedUrls = linked.Keys.ToHashSet(StringComparer.Ordinal);
        if (Only is null) declared.ReportUnneeded(context);
    }

    /// <summary>A Markdown link, resolved as written (a ".md" path names a page) from its file's folder.</summary>
    private static OutputDocument? CheckWritten(LinkEdge edge, OutputDocument document, LinkResolver resolver, ExternalAnchors declared, BuildContext context)
    {
        if (resolver.Resolve(edge.Written, edge.BaseFolder, markdown: !edge.AsOutput) is not { } result) return null;
        if (result.IsBroken)
        {
            context.Diagnostics.Add(DiagnosticCodes.BrokenLink, edge.At, edge.Written, result.Problem);
            return null;
        }
        var target = result.Target ?? document;
        if (LinkTarget.IsTopOfPage(result.Fragment) || !context.Html.TryGetValue(target.Destination.Value, out var facts)) return target;
        if (facts.Ids.Contains(result.Fragment) || declared.Use(target, result.Fragment)) return target;
        if (context.Settings.CaseInsensitiveAnchors && facts.Ids.FirstOrDefault(id => id.Equals(result.Fragment, StringComparison.OrdinalIgnoreCase)) is { } near)
        {
            context.Diagnostics.Add(DiagnosticCodes.FragmentCase, edge.At,
                edge.Written, near, result.Fragment);
            return target;
        }
        var ownPage = document.Page?.SourcePath == edge.At.File;
        var where = ReferenceEquals(target, document)
            ? ownPage ? "this page" : $"`{document.Destination.Url}`, where this text is shown,"
            : $"`{target.Page?.SourcePath ?? target.Destination.Url}`";
        context.Diagnostics.Add(DiagnosticCodes.BrokenFragment, edge.At,
            edge.Written, where, result.Fragment, Suggest.Hint(result.Fragment, facts.Ids));
        return target;
    }

    /// <summary>A link a template made, resolved as a browser resolves it against the document's URL.</summary>
    private static OutputDocument? CheckOutput(HtmlLink link, OutputDocument document, LinkResolver resolver, ExternalAnchors declared, BuildContext context)
    {
        if (LinkTarget.Parse(link.Url) is not { IsInternal: true } parsed) return null;
        var tag = $"<{link.Element} {link.Attribute}=\"{link.Url}\">";
        var at = SourceLocation.WholeFile(document.Page?.ReportedFile ?? document.Origin.File);
        // 404.html is served at any depth: its links start from the site's root, through <base href>.
        if (parsed.Path.StartsWith('/') && document.Page?.Kind != PageKind.NotFound)
        {
            context.Diagnostics.Add(DiagnosticCodes.RootRelativeLink, at,
                tag, link.OutputLine);
            return null;
        }
        var folder = document.Destination.Url[..(document.Destination.Url.LastIndexOf('/') + 1)];
        if (resolver.Resolve(link.Url, folder, markdown: false) is not { } result) return null;
        if (result.IsBroken)
        {
            context.Diagnostics.Add(DiagnosticCodes.BrokenLink, at, tag, $"this page's HTML (output line {link.OutputLine}) links to no page or file.");
            return null;
        }
        var target = result.Target ?? document;
        if (LinkTarget.IsTopOfPage(result.Fragment) || !context.Html.TryGetValue(target.Destination.Value, out var facts)) return target;
        if (!facts.Ids.Contains(result.Fragment) && !declared.Use(target, result.Fragment))
            context.Diagnostics.Add(DiagnosticCodes.BrokenFragment, at,
                tag, $"the target of this page's HTML (output line {link.OutputLine})", result.Fragment, "");
        return target;
    }

    /// <summary>The edges by URL, each URL's in the order written, so a repeated URL finds its own place.</summary>
    private static Dictionary<string, Queue<LinkEdge>> Queues(IReadOnlyList<LinkEdge> edges)
    {
        var queues = new Dictionary<string, Queue<LinkEdge>>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            if (!queues.TryGetValue(Key(edge.Href), out var queue)) queues[Key(edge.Href)] = queue = new Queue<LinkEdge>();
            queue.Enqueue(edge);
        }
        return queues;
    }

    // Markdig percent-encodes what it writes; the output and the edge compare decoded.
    private static string Key(string url) => LinkTarget.Decode(System.Net.WebUtility.HtmlDecode(url.Trim()));
}
