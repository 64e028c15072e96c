using DocsSite.Collections;
using DocsSite.Diagnostics;
using DocsSite.Pages;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Warnings for content nobody reaches: pages nothing links to (by the link graph), and records
/// of the collections that ask for it (facts nobody cites, sources no fact uses).
/// </summary>
internal sealed class ReportUnused : IBuildStep
{
    public string Name => "Looking for unused content";

    public void Run(BuildContext context)
    {
        var bag = context.Diagnostics;
        // The menu (site.yml's nav, or the first top-level pages) reaches its pages from every page.
        var menu = context.Index!.Navigation.ToHashSet();
        foreach (var page in context.Pages.Where(p => p.Kind == PageKind.Article))
        {
            if (context.LinkedUrls.Contains(page.Url) || menu.Contains(page)) continue;
            bag.Add(DiagnosticCodes.OrphanPage, SourceLocation.WholeFile(page.ReportedFile));
        }

        // What records and Markdown name, by kind of id: a fact is cited, a source used.
        var data = context.Data;
        var scans = context.Pages.Select(p => p.Scan).Concat(context.DataMarkdown.Values.Select(m => m.Scan)).ToList();
        var named = SiteCollections.All.SelectMany(c => c.References(data)).Select(r => (r.Kind, r.Id.Value))
            .Concat(scans.SelectMany(s => s.Citations.Concat(s.FactValues)).Select(r => ("fact", r.Value)))
            .ToHashSet();
        foreach (var collection in SiteCollections.All)
        {
            if (collection.Unreferenced is not { } warning) continue;
            foreach (var (id, at) in collection.Records(data).Where(r => !named.Contains((warning.Kind, r.Id))))
                bag.Add(warning.Code, at, id);
        }

        foreach (var entry in context.Settings.Nav.Where(n => context.Index!.NavPage(n.Value) is null))
            bag.Add(DiagnosticCodes.UnknownNavPage, entry.At, entry.Value);
    }
}
