using DocsSite.Rendering;
using Markdig.Renderers;

namespace DocsSite.Markdown;

/// <summary>An HTML renderer that carries the page being rendered, so cross-references resolve relative to it.</summary>
internal sealed class PageHtmlRenderer : HtmlRenderer
{
    public PageHtmlRenderer(TextWriter writer, PageRenderContext context) : base(writer)
    {
        Context = context;
        LinkRewriter = context.RewriteLink;
        // Safe output: rel="noopener" on links to other hosts, classes instead of inline styles on tables.
        ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new SafeHtml.NoopenerLinkRenderer());
        ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.AutolinkInlineRenderer>(new SafeHtml.NoopenerAutolinkRenderer());
        ObjectRenderers.Insert(0, new SafeHtml.ClassAlignedTableRenderer());
    }

    public PageRenderContext Context { get; }

    public static PageRenderContext? ContextOf(HtmlRenderer renderer) => (renderer as PageHtmlRenderer)?.Context;
}
