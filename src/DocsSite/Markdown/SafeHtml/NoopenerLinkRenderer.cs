using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.SafeHtml;

/// <summary>Markdig's link renderer, adding <c>rel="noopener"</c> to links that lead to another host.</summary>
internal sealed class NoopenerLinkRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        // One renderer object per page render, so setting Rel per link is not shared between threads.
        Rel = !link.IsImage && link.Url is { } url && ExternalLinks.Opens(renderer, url) ? ExternalLinks.Rel : null;
        base.Write(renderer, link);
    }
}
