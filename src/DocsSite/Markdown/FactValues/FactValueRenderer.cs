using DocsSite.Markdown.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsSite.Markdown.FactValues;

internal sealed class FactValueRenderer : HtmlObjectRenderer<FactValueInline>
{
    protected override void Write(HtmlRenderer renderer, FactValueInline inline)
    {
        var context = PageHtmlRenderer.ContextOf(renderer);
        if (context is null || !context.Site.Data.Facts.TryGetValue(inline.FactId, out var fact) || fact.Value is null) return;
        renderer.Write("<span class=\"fact\" data-fact=\"").WriteEscape(fact.Id).Write('"');
        if (fact.AsOf is not null) renderer.Write(" data-as-of=\"").WriteEscape(fact.AsOf).Write('"');
        renderer.Write('>').WriteEscape(fact.Value).Write("</span>");
        CitationRenderer.WriteCitations(renderer, context, [fact.Id]);
    }
}
