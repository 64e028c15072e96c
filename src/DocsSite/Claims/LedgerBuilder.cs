using System.Globalization;
using DocsSite.Content;
using DocsSite.Pages;
using DocsSite.Rendering;
using DocsSite.Rendering.Views;

namespace DocsSite.Claims;

/// <summary>
/// The facts ledger (<c>/facts/</c>): every fact with its value, dates, source and locator, what it
/// is computed from, what disagrees with it and every page citing it; grouped by topic (a fact's
/// first tag) and, within a topic, newest first, undated last, so it reads in age order without script.
/// </summary>
internal static class LedgerBuilder
{
    public const string Untagged = "other";

    public static LedgerView Build(PageRenderContext ctx)
    {
        var site = ctx.Site;
        var data = site.Data;
        var facts = data.Facts.Values.ToList();
        var topics = facts
            .GroupBy(TopicOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key == Untagged ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LedgerTopicView(g.Key, "topic-" + g.Key,
                g.OrderByDescending(f => ClaimDate.End(Staleness.DateOf(f, data)) ?? DateOnly.MinValue)
                    .ThenBy(f => f.Id, StringComparer.Ordinal)
                    .Select(f => Entry(ctx, f)).ToList()))
            .ToList();
        var dated = facts.Count(f => site.Staleness.DatedYear(f, data) is not null);
        return new LedgerView(facts.Count, dated, site.Staleness.Years, site.Staleness.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), topics,
            ctx.Root + ctx.Theme.PublishedAsset("facts-filter.js"));
    }

    /// <summary>The topic a fact is listed under in the ledger: its first tag.</summary>
    public static string TopicOf(Fact fact) => fact.Tags.Count > 0 ? fact.Tags[0] : Untagged;

    /// <summary>Links back to every place on a page citing the fact; a page citing it nowhere but its reference list gets that entry.</summary>
    private static LedgerCitationView CitedOn(PageRenderContext ctx, FactCitation citation)
    {
        var page = citation.Page;
        IReadOnlyList<string> ids = citation.Places.Count > 0 ? citation.Places : ["ref-" + citation.Number.ToString(CultureInfo.InvariantCulture)];
        var places = ids.Select((id, k) =>
        {
            var n = (k + 1).ToString(CultureInfo.InvariantCulture);
            return new LinkView(n, ctx.Href(page.Url, id), Description: $"{page.Title}, citation {n}");
        }).ToList();
        return new LedgerCitationView(new LinkView(page.Title, places[0].Href), places);
    }

    private static LedgerEntryView Entry(PageRenderContext ctx, Fact fact)
    {
        var data = ctx.Site.Data;
        var source = data.Sources.GetValueOrDefault(fact.Source.Value);
        var original = fact.Original is { } o && data.Sources.TryGetValue(o.Value, out var orig)
            ? new LinkView(orig.Title, ctx.Href(SiteUrls.Sources, orig.Id)) : null;
        var derived = fact.DerivedFrom.Where(d => data.Facts.ContainsKey(d.Value))
            .Select(d => new LinkView(d.Value, "#" + d.Value)).ToList();
        var disagreements = ReferenceBuilder.Disagreeing(fact, data)
            .Select(d => new DisagreementView(new LinkView(d.Other.Id, "#" + d.Other.Id), d.Other.Value, fact.Value, ctx.RenderInline(d.Note)))
            .ToList();
        var citedBy = ctx.Site.Citations.Of(fact.Id).Select(c => CitedOn(ctx, c)).ToList();
        var date = Staleness.DateOf(fact, data);
        return new LedgerEntryView(fact.Id, ctx.RenderInline(fact.Claim), fact.Value, fact.AsOf,
            fact.AsOf is null ? source?.Date : null, fact.Horizon, fact.ClaimKind?.Value,
            ctx.Site.Staleness.DatedYear(fact, data)?.ToString(CultureInfo.InvariantCulture), fact.Historical,
            new LinkView(source?.Title ?? fact.Source.Value, ctx.Href(SiteUrls.Sources, fact.Source.Value)), original, fact.Locator,
            derived, derived.Count > 0 ? fact.Formula : null, disagreements, ctx.RenderInline(fact.Note), citedBy,
            string.Join(' ', fact.Tags), date ?? "");
    }
}
