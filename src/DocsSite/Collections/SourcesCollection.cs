using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pages;
using DocsSite.Rendering;
using DocsSite.Rendering.Views;
using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary><c>sources</c>: the works facts are read in; one page lists them with their facts.</summary>
internal sealed class SourcesCollection() : ListCollection<Source>("sources", "source", DiagnosticCodes.UnknownSource, SourceReader.Read)
{
    public override IEnumerable<MarkdownText?> MarkdownFields(SiteData data) => Of(data).Values.Select(s => s.Notes);

    public override void Validate(SiteData data, DiagnosticBag diagnostics) => Claims.FactRules.ValidateSources(Of(data), diagnostics);

    public override (string Kind, DiagnosticDescriptor Code)? Unreferenced =>
        (Kind, DiagnosticCodes.UnusedSource);

    public override IEnumerable<Page> Pages(SiteData data)
    {
        if (Of(data).Count == 0) yield break;
        yield return DataPage(SiteUrls.Sources, "Sources", "Where every fact on this site comes from.", "sources", Body, section: true);
    }

    private SourcesView Body(PageRenderContext ctx)
    {
        var data = ctx.Site.Data;
        return new SourcesView(Of(data).Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new SourceView(
            s.Id, s.Title, s.Publisher, s.Author, s.Date, s.Url?.Value, IdMentions.Link(ctx, ctx.RenderMarkdown(s.Notes)),
            data.Facts.Values.Where(f => f.Source.Value == s.Id || f.Original?.Value == s.Id)
                .OrderBy(f => f.Id, StringComparer.Ordinal)
                .Select(f => DataViewBuilder.Fact(ctx, f, cite: false)).Select(v => v with { Note = IdMentions.Link(ctx, v.Note) }).ToList(), s.Retrieved, SourceKinds.Label(s.Kind))).ToList());
    }
}
