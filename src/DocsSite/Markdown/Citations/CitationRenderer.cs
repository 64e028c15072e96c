using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsSite.Markdown.Citations;

/// <summary>Renders citations as superscript numbers that link to the page's reference list.</summary>
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
        var numbers = factIds.Where(id => context.Site.Data.Facts.ContainsKey(id)).Select(context.Cite).Distinct().ToList();
        if (numbers.Count == 0) return;
        renderer.Write("<sup class=\"cite\">");
        for (var i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i];
            renderer.Write(i == 0 ? "" : ",").Write("<a href=\"#ref-").Write(n.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Write("\" aria-label=\"Reference ").Write(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">[")
                .Write(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("]</a>");
        }
        renderer.Write("</sup>");
    }
}
