using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsSite.Markdown.TermLinks;

internal sealed class TermLinkRenderer : HtmlObjectRenderer<TermLinkInline>
{
    protected override void Write(HtmlRenderer renderer, TermLinkInline link)
    {
        var context = PageHtmlRenderer.ContextOf(renderer);
        var definition = context?.Site.FindTerm(link.Target);
        // [[id]] shows the term; [[alias]] shows the alias as written, so "[[VMs]]" reads as "VMs".
        var text = link.Text ?? (definition is not null && definition.Id == link.Target ? definition.Term : link.Target);
        if (context is null || definition is null)
        {
            // Unresolved: the build already reported it; render the words, not a dead link.
            renderer.WriteEscape(text);
            return;
        }
        renderer.Write("<a class=\"term\" href=\"").WriteEscapeUrl(context.Href(Pages.SiteUrls.Term(definition.Id)))
            .Write("\" data-term=\"").WriteEscape(definition.Id)
            .Write("\" title=\"").WriteEscape(definition.Short)
            .Write("\">").WriteEscape(text).Write("</a>");
    }
}
