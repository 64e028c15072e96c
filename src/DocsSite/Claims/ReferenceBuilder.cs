using System.Globalization;
using DocsSite.Content;
using DocsSite.Pages;
using DocsSite.Rendering;
using DocsSite.Rendering.Views;

namespace DocsSite.Claims;

/// <summary>
/// One entry of a page's reference list: the claim, its source and locator, how old it is,
/// what a computed figure is computed from and which facts disagree with it, each cited in turn
/// on the same page (so they get numbers of their own), and the link to its ledger entry.
/// Those "[n]" links go to the ledger entry as markers do, and are places citing their fact.
/// </summary>
internal static class ReferenceBuilder
{
    /// <param name="places">For each reference number, the ids of the places on the page citing it; the links this entry writes are added.</param>
    public static ReferenceView Build(PageRenderContext ctx, int number, Fact fact, IDictionary<int, List<string>> places)
    {
        var data = ctx.Site.Data;
        var source = data.Sources.GetValueOrDefault(fact.Source.Value);
        var computedFrom = fact.DerivedFrom.Where(d => data.Facts.ContainsKey(d.Value))
            .Select(d => CiteLink(ctx, d.Value, places)).ToList();
        var disagreements = Disagreeing(fact, data)
            .Select(d => new DisagreementView(CiteLink(ctx, d.Other.Id, places), d.Other.Value, fact.Value, ctx.RenderInline(d.Note)))
            .ToList();
        return new ReferenceView(number, fact.Id, ctx.RenderInline(fact.Claim), fact.Value, fact.AsOf,
            source?.Title ?? fact.Source.Value, ctx.Href(SiteUrls.Sources, fact.Source.Value), fact.Locator)
        {
            Horizon = fact.Horizon,
            Dated = ctx.Site.Staleness.DatedYear(fact, data)?.ToString(CultureInfo.InvariantCulture),
            Ledger = data.Facts.Count > 0 ? ctx.Href(SiteUrls.Facts, fact.Id) : null,
            ComputedFrom = computedFrom,
            Formula = computedFrom.Count > 0 ? fact.Formula : null,
            Disagreements = disagreements,
        };
    }

    /// <summary>The facts this one names in <c>disagrees_with</c> and those naming it, each with the note that explains the disagreement.</summary>
    public static IEnumerable<(Fact Other, Yaml.MarkdownText? Note)> Disagreeing(Fact fact, SiteData data)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { fact.Id };
        foreach (var id in fact.DisagreesWith)
            if (seen.Add(id.Value) && data.Facts.TryGetValue(id.Value, out var other))
                yield return (other, fact.Note);
        foreach (var other in data.Facts.Values.Where(f => f.DisagreesWith.Any(d => d.Value == fact.Id)).OrderBy(f => f.Id, StringComparer.Ordinal))
            if (seen.Add(other.Id))
                yield return (other, other.Note);
    }

    private static LinkView CiteLink(PageRenderContext ctx, string factId, IDictionary<int, List<string>> places)
    {
        var number = ctx.Cite(factId);
        if (!places.TryGetValue(number, out var ids)) places[number] = ids = [];
        var id = Rendering.Outline.CitationMarks.PlaceId(number, ids.Count + 1);
        ids.Add(id);
        var n = number.ToString(CultureInfo.InvariantCulture);
        return new LinkView($"[{n}]", ctx.Href(SiteUrls.Facts, factId), Description: "Reference " + n, Id: id);
    }
}
