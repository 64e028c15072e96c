using DocsSite.Markdown.Embeds;

namespace DocsSite.Rendering;

/// <summary>Draws <c>::name{...}</c> embeds with the same theme partials as the generated pages.</summary>
internal static class EmbedViews
{
    public static readonly IReadOnlyList<string> Names = ["analogy", "comparison", "faq"];

    public static string Render(EmbedBlock block, PageRenderContext ctx)
    {
        var file = ctx.Page.ReportedFile;
        switch (block.Name)
        {
            case "comparison":
                var group = block.Attributes.GetValueOrDefault("group");
                var caption = block.Attributes.GetValueOrDefault("caption")
                    ?? (group is not null ? ctx.Site.Data.Comparison.Groups.FirstOrDefault(g => g.Id == group)?.Name : null)
                    ?? "Comparison";
                var table = DataViewBuilder.ComparisonTable(ctx, block.Ids("dimensions"), block.Ids("technologies"), group, caption, anchors: false);
                return ctx.Theme.RenderPartial("comparison-table", table, file);
            case "faq":
                return ctx.Theme.RenderPartial("faq-list", DataViewBuilder.FaqList(ctx, block.Ids("ids")), file);
            case "analogy":
                return ctx.Site.Data.Analogies.TryGetValue(block.Attributes.GetValueOrDefault("id") ?? "", out var analogy)
                    ? ctx.Theme.RenderPartial("analogy", DataViewBuilder.Analogy(ctx, analogy), file)
                    : "";
            default:
                return "";
        }
    }
}
