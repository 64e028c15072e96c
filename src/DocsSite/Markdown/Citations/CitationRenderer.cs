using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsSite.Markdown.Citations;

/// <summary>
/// Renders citations as superscript numbers, numbered by the page's reference list, that link straight
/// to the fact's entry in the facts ledger (relative to the page, so any depth and any sub-folder works).
/// </summary>
internal sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var context = PageHtmlRenderer.ContextOf(renderer);
        if (context is null) return;
        WriteCitations(renderer, context, citation.Facts.Select(f => f.Id));
    }

    /// <summary>The citation marks for facts cited outside Markdown, such as a comparison cell.</summary>
    public static string Citations(Rendering.PageRenderContext context, IEnumerable<string> factIds)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteCitations(new PageHtmlRenderer(writer, context), context, factIds);
        return writer.ToString();
    }

    public static void WriteCitations(HtmlRenderer renderer, Rendering.PageRenderContext context, IEnumerable<string> factIds)
    {
        var facts = context.Site.Data.Facts;
        var cited = factIds.Where(facts.ContainsKey).Distinct().Select(id => (Number: context.Cite(id), Fact: facts[id])).ToList();
        if (cited.Count == 0) return;
        renderer.Write("<sup class=\"cite\">");
        for (var i = 0; i < cited.Count; i++)
        {
            var n = cited[i].Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var href = System.Net.WebUtility.HtmlEncode(context.Href(Pages.SiteUrls.Facts, cited[i].Fact.Id));
            renderer.Write(i == 0 ? "" : ",").Write("<a href=\"").Write(href).Write("\" aria-label=\"Reference ").Write(n).Write("\">[")
                .Write(n).Write("]</a>");
            // A fact older than the site's threshold says so wherever it is cited.
            if (context.Site.Staleness.DatedYear(cited[i].Fact, context.Site.Data) is { } year)
                renderer.Write("<span class=\"dated\"> dated ").Write(year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</span>");
        }
        renderer.Write("</sup>");
    }
}
