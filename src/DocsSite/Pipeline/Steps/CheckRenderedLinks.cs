using DocsSite.Diagnostics;
using DocsSite.Links;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Checks the links in the final HTML that did not come from Markdown: those the theme's
/// templates, embeds, term links and citations generate, and links in raw HTML. They are
/// resolved exactly as a browser resolves them against the page's URL.
/// </summary>
internal sealed class CheckRenderedLinks : IBuildStep
{
    public string Name => "Checking rendered links";

    public void Run(BuildContext context)
    {
        var files = context.Rendered.Select(r => r.Page.OutputPath).Concat(context.CopiedFiles.Keys).ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(context.Rendered, page =>
        {
            if (!context.Html.TryGetValue(page.Page.OutputPath, out var facts)) return;
            foreach (var link in facts.Links)
                if (!page.MarkdownHrefs.Contains(link.Url)) Check(page, link, facts, files, context);
        });
    }

    private static void Check(RenderedPage page, HtmlLink link, HtmlFacts own, HashSet<string> files, BuildContext context)
    {
        if (LinkTarget.Parse(link.Url) is not { IsInternal: true } target) return;
        var where = $"<{link.Element} {link.Attribute}=\"{link.Url}\"> (output line {link.OutputLine})";
        var at = Locate(page, link, context);
        var fragment = target.DecodedFragment;
        if (target.Path.StartsWith('/'))
        {
            context.Diagnostics.Add(DiagnosticCodes.RootRelativeLink, at,
                $"{where} starts at the site root; links must be relative to the page so the site works in any folder of any host.");
            return;
        }
        IReadOnlySet<string> ids;
        if (target.Path.Length == 0)
        {
            ids = own.Ids;
        }
        else
        {
            var sitePath = SiteUrls.Combine(page.Page.Url, target.Path);
            var path = sitePath is null ? null : Uri.UnescapeDataString(sitePath).TrimStart('/');
            var file = path is null ? null
                : path.Length == 0 || path.EndsWith('/') ? path + "index.html"
                : files.Contains(path) ? path
                : path + "/index.html";
            if (file is null || !files.Contains(file))
            {
                context.Diagnostics.Add(DiagnosticCodes.BrokenLink, at,
                    $"Broken link in this page's HTML: {where} leads to no page or file.");
                return;
            }
            if (!context.Html.TryGetValue(file, out var targetFacts)) return; // not a page: fragments of PDFs and images are not ids
            ids = targetFacts.Ids;
        }
        if (LinkTarget.IsTopOfPage(fragment) || ids.Contains(fragment)) return;
        context.Diagnostics.Add(DiagnosticCodes.BrokenFragment, at,
            $"Broken link in this page's HTML: {where}: the target has no element with the id `{fragment}`.");
    }

    /// <summary>
    /// Raw HTML in a Markdown page is copied to the output as written, so the URL can be found
    /// in the page's source; a link a template made has no place there, and the diagnostic
    /// names the page's file alone.
    /// </summary>
    private static SourceLocation Locate(RenderedPage page, HtmlLink link, BuildContext context)
    {
        if (page.Page.SourcePath is not { } path || link.Url.Length == 0) return SourceLocation.WholeFile(page.Page.ReportedFile);
        var text = context.Input.ReadText(path);
        var index = text.IndexOf($"\"{link.Url}\"", StringComparison.Ordinal) is var quoted and >= 0 ? quoted + 1 : text.IndexOf(link.Url, StringComparison.Ordinal);
        if (index < 0) return SourceLocation.WholeFile(path);
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return new SourceLocation(path, line, column);
    }

}
