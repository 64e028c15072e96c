using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocsSite.Markdown.LinkTracking;

/// <summary>Records the URLs of a raw HTML block, written to the output as they are, with their places in the source.</summary>
internal sealed class TrackedHtmlBlockRenderer : HtmlBlockRenderer
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        PageHtmlRenderer.ContextOf(renderer)?.RecordRawHtml(block);
        base.Write(renderer, block);
    }
}
