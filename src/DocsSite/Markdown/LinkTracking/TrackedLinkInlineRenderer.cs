using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.LinkTracking;

/// <summary>
/// Tells the page being rendered which Markdown link its link rewriter is rewriting, so the output link keeps its source position;
/// adds <c>rel="noopener"</c> to links that lead to another host.
/// </summary>
internal sealed class TrackedLinkInlineRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var context = PageHtmlRenderer.ContextOf(renderer);
        // One renderer per page render, so setting Rel per link is not shared between threads.
        Rel = !link.IsImage && link.Url is { } url && SafeHtml.ExternalLinks.Opens(renderer, url) ? SafeHtml.ExternalLinks.Rel : null;
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
