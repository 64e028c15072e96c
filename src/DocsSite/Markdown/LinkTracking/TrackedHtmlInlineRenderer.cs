using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.LinkTracking;

/// <summary>Writes an inline raw HTML tag with its URLs rewritten for the page's place in the output, each recorded with its place in the source.</summary>
internal sealed class TrackedHtmlInlineRenderer : HtmlInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (renderer.EnableHtmlForInline && PageHtmlRenderer.ContextOf(renderer)?.RewriteRawHtml(inline, inline.Tag) is { } html)
        {
            renderer.Write(html);
            return;
        }
        base.Write(renderer, inline);
    }
}
