using DocsSite.Diagnostics;
using DocsSite.Pages;

namespace DocsSite.Pipeline.Steps;

/// <summary>Warnings for content nobody reaches: pages no page links to, facts nobody cites, sources no fact uses.</summary>
internal sealed class ReportUnused : IBuildStep
{
    public string Name => "Looking for unused content";

    public void Run(BuildContext context)
    {
        var data = context.Data;
        var bag = context.Diagnostics;
        var nav = context.Settings.Nav.Select(n => n.Value).ToHashSet(StringComparer.Ordinal);
        // Top-level pages are in the navigation when site.yml names none.
        var autoNav = context.Settings.Nav.Count == 0;
        foreach (var page in context.Pages.Where(p => p.Kind == PageKind.Article))
        {
            if (context.LinkedUrls.Contains(page.Url) || nav.Contains(page.SourcePath!)) continue;
            if (autoNav && !page.SourcePath!.Contains('/')) continue;
            bag.Add(DiagnosticCodes.OrphanPage, SourceLocation.WholeFile(page.ReportedFile),
                "No page links here and it is not in the navigation, so readers cannot find it.");
        }

        var scans = context.Pages.Select(p => p.Scan).Concat(context.DataMarkdown.Values.Select(m => m.Scan)).ToList();
        var cited = scans.SelectMany(s => s.Citations.Concat(s.FactValues)).Select(r => r.Value)
            .Concat(data.Definitions.Values.SelectMany(d => d.Facts).Select(f => f.Value))
            .Concat(data.Faq.Values.SelectMany(q => q.Facts).Select(f => f.Value))
            .Concat(data.Comparison.Dimensions.SelectMany(d => d.Cells).SelectMany(c => c.Facts).Select(f => f.Value))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var fact in data.Facts.Values.Where(f => !cited.Contains(f.Id)))
            bag.Add(DiagnosticCodes.UncitedFact, fact.At,
                $"No page, definition, FAQ entry or comparison cell cites fact `{fact.Id}`.");

        var used = data.Facts.Values.SelectMany(f => new[] { f.Source.Value, f.Original?.Value })
            .Concat(data.Analogies.Values.SelectMany(a => new[] { a.Source?.Value, a.Original?.Value }))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var source in data.Sources.Values.Where(s => !used.Contains(s.Id)))
            bag.Add(DiagnosticCodes.UnusedSource, source.At, $"No fact or analogy uses source `{source.Id}`.");

        foreach (var entry in context.Settings.Nav.Where(n => context.Index!.PageAt(n.Value) is null))
            bag.Add(DiagnosticCodes.UnknownNavPage, entry.At, $"The navigation names `{entry.Value}`, but there is no such page.");
    }
}
