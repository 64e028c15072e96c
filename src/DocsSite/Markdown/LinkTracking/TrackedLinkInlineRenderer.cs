using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.LinkTracking;

/// <summary>Tells the page being rendered which Markdown link its link rewriter is rewriting, so the output link keeps its source position.</summary>
internal sealed class TrackedLinkInlineRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var context = PageHtmlRenderer.ContextOf(renderer);
        context?.EnterLink(link);
        try
        {
            base.Write(renderer, link);
        }
        finally
        {
            context?.EnterLink(null);
        }
    }
}
