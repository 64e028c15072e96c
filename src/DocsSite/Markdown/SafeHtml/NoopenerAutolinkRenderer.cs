using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.SafeHtml;

/// <summary>Markdig's renderer of <c>&lt;https://...&gt;</c> links, adding <c>rel="noopener"</c> when they lead to another host.</summary>
internal sealed class NoopenerAutolinkRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        Rel = !link.IsEmail && ExternalLinks.Opens(renderer, link.Url) ? ExternalLinks.Rel : null;
        base.Write(renderer, link);
    }
}
