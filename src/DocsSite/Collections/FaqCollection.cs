using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pages;
using DocsSite.Rendering;
using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary><c>faq</c>: questions and answers, on one page, and <c>::faq{ids="..."}</c> in any page.</summary>
internal sealed class FaqCollection() : ListCollection<FaqEntry>("faq", "FAQ entry", DiagnosticCodes.UnknownFaq, FaqReader.Read)
{
    public override IEnumerable<RecordReference> References(SiteData data) =>
        Of(data).Values.SelectMany(q => Refs("definition", q.Terms).Concat(Refs("comparison dimension", q.Dimensions)).Concat(Refs("fact", q.Facts)));

    public override IEnumerable<MarkdownText?> MarkdownFields(SiteData data) => Of(data).Values.Select(q => q.Answer);

    public override IEnumerable<MarkdownText?> ProseFields(SiteData data) => MarkdownFields(data);

    public override IEnumerable<Page> Pages(SiteData data)
    {
        if (Of(data).Count == 0) yield break;
        yield return DataPage(SiteUrls.Faq, "FAQ", "Questions readers ask, answered with sources.", "faq",
            DataViewBuilder.FaqPage, section: true);
    }

    public override IReadOnlyList<EmbedDescriptor> Embeds { get; } =
    [
        new("faq", ["ids"], new Dictionary<string, string> { ["ids"] = "FAQ entry" },
            (block, ctx) => ctx.Theme.RenderPartial("faq-list", DataViewBuilder.FaqList(ctx, block.Ids("ids")), ctx.Page.ReportedFile)),
    ];
}
