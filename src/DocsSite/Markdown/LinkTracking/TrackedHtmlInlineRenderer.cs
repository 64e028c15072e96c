using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.LinkTracking;

/// <summary>Records the URLs of an inline raw HTML tag, written to the output as they are, with their places in the source.</summary>
internal sealed class TrackedHtmlInlineRenderer : HtmlInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        PageHtmlRenderer.ContextOf(renderer)?.RecordRawHtml(inline);
        base.Write(renderer, inline);
    }
}
