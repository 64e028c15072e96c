using System.Collections.Concurrent;
using DocsSite.Diagnostics;
using DocsSite.Links;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Checks every link and image written in Markdown, pages and data fields alike:
/// the target page or file exists and, for a #fragment, the target renders that id.
/// Problems point at the link's place in the source file.
/// </summary>
internal sealed class CheckLinks : IBuildStep
{
    public string Name => "Checking links";

    public void Run(BuildContext context)
    {
        var index = context.Index!;
        var resolver = new LinkResolver(index, context.CopiedFiles.Keys.ToHashSet(StringComparer.Ordinal));
        var anchors = new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        // The ids the page really renders, theme and all; if rendering failed, those its Markdown gives it.
        IReadOnlySet<string> AnchorsOf(Page page) => anchors.GetOrAdd(page.Url, _ =>
            context.Html.TryGetValue(page.OutputPath, out var html) ? html.Ids : page.Scan.Ids);
        var linked = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

        void Check(LinkReference link, string baseFolder, Page? from)
        {
            if (resolver.Resolve(link.Url, baseFolder, from) is not { } result) return;
            if (result.IsBroken)
            {
                context.Diagnostics.Add(DiagnosticCodes.BrokenLink, link.At, $"Broken link `{link.Url}`: {result.Problem}");
                return;
            }
            if (result.Page is not { } target) return;
            if (target != from) linked.TryAdd(target.Url, 0);
            if (LinkTarget.IsTopOfPage(result.Fragment)) return;
            // A generated page that did not render (the theme failed, already reported) has no ids to check against.
            if (target.Document is null && !context.Html.ContainsKey(target.OutputPath)) return;
            var ids = AnchorsOf(target);
            if (ids.Contains(result.Fragment)) return;
            var where = target == from ? "this page" : $"`{target.SourcePath ?? target.Url}`";
            context.Diagnostics.Add(DiagnosticCodes.BrokenFragment, link.At,
                $"Broken link `{link.Url}`: {where} has no heading or element with the id `{result.Fragment}`.{Suggest.Hint(result.Fragment, ids)}");
        }

        Parallel.ForEach(context.Pages.Where(p => p.SourcePath is not null), page =>
        {
            var source = page.SourcePath!;
            var folder = "/" + source[..(source.LastIndexOf('/') + 1)];
            foreach (var link in page.Scan.Links) Check(link, folder, page);
        });
        foreach (var parsed in context.DataMarkdown.Values)
            foreach (var link in parsed.Scan.Links.Where(l => !l.Url.StartsWith('#')))
                Check(link, "/", null);
        context.LinkedUrls = linked.Keys.ToHashSet(StringComparer.Ordinal);
    }
}
