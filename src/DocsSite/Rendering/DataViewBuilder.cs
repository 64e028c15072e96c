using DocsSite.Content;
using DocsSite.Markdown.Citations;
using DocsSite.Pages;
using DocsSite.Rendering.Views;

namespace DocsSite.Rendering;

/// <summary>Builds template models from site data, rendering data Markdown within the page being built.</summary>
internal static class DataViewBuilder
{
    public static ComparisonTableView ComparisonTable(PageRenderContext ctx, IReadOnlyList<string> dimensionIds,
        IReadOnlyList<string> technologyIds, string? groupId, string caption, bool anchors)
    {
        var comparison = ctx.Site.Data.Comparison;
        var technologies = comparison.Technologies
            .Where(t => technologyIds.Count == 0 || technologyIds.Contains(t.Id)).ToList();
        var groups = new List<GroupView>();
        foreach (var group in comparison.Groups.Where(g => groupId is null || g.Id == groupId))
        {
            var rows = comparison.Dimensions
                .Where(d => d.Group.Value == group.Id && (dimensionIds.Count == 0 || dimensionIds.Contains(d.Id)))
                // A slice in an article leaves the row's note (and the facts it cites) to the comparison, where its name links.
                .Select(d => new RowView(anchors ? d.Id : null, d.Name,
                    technologies.Select(t => new CellView(t.Name, Cell(ctx, d, t))).ToList(),
                    anchors ? ctx.RenderInline(d.Note) : "")
                {
                    Href = anchors ? null : ctx.Href(SiteUrls.Comparison, d.Id),
                })
                .ToList();
            if (rows.Count > 0) groups.Add(new GroupView(anchors ? group.Id : null, group.Name, rows));
        }
        var headers = technologies.Select(t => new LinkView(t.Name,
            t.Definition is { } def && ctx.Site.Data.Definitions.ContainsKey(def.Value) ? ctx.Href(SiteUrls.Term(def.Value)) : "")).ToList();
        return new ComparisonTableView(caption, headers, groups);
    }

    private static string Cell(PageRenderContext ctx, Dimension dimension, Technology technology)
    {
        var cell = dimension.Cells.FirstOrDefault(c => c.Technology.Value == technology.Id);
        if (cell is null) return "";
        var html = ctx.RenderInline(cell.Value);
        // A fact the cell's text already cites (an inline value) is not cited a second time in the same cell.
        return html + CitationRenderer.Citations(ctx, cell.Facts.Select(f => f.Value)
            .Where(id => ctx.NumberOf(id) is not { } n || !html.Contains($"aria-label=\"Reference {n}\"", StringComparison.Ordinal)));
    }

    public static FaqListView FaqList(PageRenderContext ctx, IReadOnlyList<string> ids)
    {
        var entries = ids.Count == 0
            ? InReadingOrder(ctx.Site.Data.Faq.Values)
            : ids.Select(id => ctx.Site.Data.Faq.GetValueOrDefault(id)).OfType<FaqEntry>();
        return new FaqListView(entries.Select(q => FaqItem(ctx, q)).ToList());
    }

    /// <summary>The label of the questions that name no group when others do.</summary>
    public const string OtherQuestions = "Other questions";

    /// <summary>
    /// The whole FAQ in the data's order (<c>order</c>, then id) and, when entries name a <c>group</c>,
    /// in groups that come where their first question does; questions without one close the page.
    /// </summary>
    public static FaqPageView FaqPage(PageRenderContext ctx)
    {
        var entries = InReadingOrder(ctx.Site.Data.Faq.Values).ToList();
        if (!entries.Any(q => q.Group is not null)) return new FaqPageView(false, [], entries.Select(q => FaqItem(ctx, q)).ToList());
        var taken = new HashSet<string>(ctx.Site.Data.Faq.Keys.SelectMany(id => new[] { id, id + "-q" }), StringComparer.Ordinal);
        var groups = entries.GroupBy(q => q.Group ?? "").OrderBy(g => g.Key.Length == 0 ? 1 : 0)
            .Select(g =>
            {
                var title = g.Key.Length == 0 ? OtherQuestions : g.Key;
                var anchor = Yaml.RecordReader.ToId(title);
                while (!taken.Add(anchor)) anchor += "-group";
                return new FaqGroupView(anchor, title, g.Select(q => FaqItem(ctx, q)).ToList());
            })
            .ToList();
        return new FaqPageView(true, groups, []);
    }

    private static IEnumerable<FaqEntry> InReadingOrder(IEnumerable<FaqEntry> entries) =>
        entries.OrderBy(q => q.Order ?? int.MaxValue).ThenBy(q => q.Id, StringComparer.Ordinal);

    private static FaqItemView FaqItem(PageRenderContext ctx, FaqEntry q) =>
        new(q.Id, q.Question, ctx.RenderMarkdown(q.Answer), TermLinks(ctx, q.Terms.Select(t => t.Value)));

    public static AnalogyView Analogy(PageRenderContext ctx, Analogy analogy)
    {
        var credit = "";
        if (analogy.Source is { } s && ctx.Site.Data.Sources.TryGetValue(s.Value, out var source))
        {
            var original = analogy.Original is { } o && ctx.Site.Data.Sources.TryGetValue(o.Value, out var orig)
                ? $"{Escape(orig.Title)}, as told in " : "";
            credit = $"{original}<a href=\"{Escape(ctx.Href(SiteUrls.Sources, source.Id))}\">{Escape(source.Title)}</a>";
        }
        return new AnalogyView(analogy.Id, analogy.Title, TermLinks(ctx, analogy.Compares.Select(c => c.Value)), analogy.Mapping,
            ctx.RenderMarkdown(analogy.Body), ctx.RenderMarkdown(analogy.BreaksDown), credit);
    }

    public static FactView Fact(PageRenderContext ctx, Fact fact, bool cite)
    {
        var citation = cite ? CitationRenderer.Citations(ctx, [fact.Id]) : "";
        return new FactView(fact.Id, ctx.RenderInline(fact.Claim), fact.Value, fact.AsOf, fact.Locator, ctx.RenderInline(fact.Note), citation, fact.Horizon);
    }

    public static IReadOnlyList<LinkView> TermLinks(PageRenderContext ctx, IEnumerable<string> ids) =>
        ids.Select(id => ctx.Site.Data.Definitions.GetValueOrDefault(id)).OfType<Definition>()
            .Select(d => new LinkView(d.Title, ctx.Href(SiteUrls.Term(d.Id)), Description: d.Short)).ToList();

    public static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
