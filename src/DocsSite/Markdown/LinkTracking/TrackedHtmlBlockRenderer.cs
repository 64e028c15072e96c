using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocsSite.Markdown.LinkTracking;

/// <summary>Writes a raw HTML block with its URLs rewritten for the page's place in the output, each recorded with its place in the source.</summary>
internal sealed class TrackedHtmlBlockRenderer : HtmlBlockRenderer
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (renderer.EnableHtmlForBlock && PageHtmlRenderer.ContextOf(renderer)?.RewriteRawHtml(block, block.Lines.ToString()) is { } html)
        {
            renderer.Write(html).WriteLine();
            return;
        }
        base.Write(renderer, block);
    }
}
