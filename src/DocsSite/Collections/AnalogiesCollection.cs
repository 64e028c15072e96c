using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pages;
using DocsSite.Rendering;
using DocsSite.Rendering.Views;
using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary><c>analogies</c>: everyday pictures of the ideas, on one page, and <c>::analogy{id="..."}</c> in any page.</summary>
internal sealed class AnalogiesCollection() : ListCollection<Analogy>("analogies", "analogy", DiagnosticCodes.UnknownAnalogy, AnalogyReader.Read)
{
    public override IEnumerable<RecordReference> References(SiteData data) =>
        Of(data).Values.SelectMany(a => Refs("definition", a.Compares).Concat(Refs("source", a.Source, a.Original)));

    public override IEnumerable<MarkdownText?> MarkdownFields(SiteData data) => Of(data).Values.SelectMany(a => new[] { a.Body, a.BreaksDown });

    public override IEnumerable<Page> Pages(SiteData data)
    {
        if (Of(data).Count == 0) yield break;
        yield return DataPage(SiteUrls.Analogies, "Analogies", "Everyday pictures of the ideas, and where each picture stops being true.", "analogies",
            ctx => new AnalogiesView(Of(ctx.Site.Data).Values.OrderBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => DataViewBuilder.Analogy(ctx, a)).ToList()), section: true);
    }

    public override IReadOnlyList<EmbedDescriptor> Embeds => field ??= [RecordEmbed("analogy", "the analogy's",
        (analogy, ctx) => ctx.Theme.RenderPartial("analogy", DataViewBuilder.Analogy(ctx, analogy), ctx.Page.ReportedFile))];
}
