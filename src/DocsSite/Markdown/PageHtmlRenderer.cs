using DocsSite.Markdown.LinkTracking;
using DocsSite.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace DocsSite.Markdown;

/// <summary>
/// An HTML renderer that carries the page being rendered, so cross-references resolve relative
/// to it, and that records where each link it writes came from.
/// </summary>
internal sealed class PageHtmlRenderer : HtmlRenderer
{
    public PageHtmlRenderer(TextWriter writer, PageRenderContext context) : base(writer)
    {
        Context = context;
        LinkRewriter = context.RewriteLink;
        MarkdownPipelines.Site.Setup(this);
        ObjectRenderers.Replace<LinkInlineRenderer>(new TrackedLinkInlineRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new TrackedHtmlInlineRenderer());
        ObjectRenderers.Replace<HtmlBlockRenderer>(new TrackedHtmlBlockRenderer());
        // Safe output: rel="noopener" on autolinks to other hosts (TrackedLinkInlineRenderer adds it to links), classes instead of inline styles on tables.
        ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeHtml.NoopenerAutolinkRenderer());
        ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new SafeHtml.ClassAlignedTableRenderer());
    }

    public PageRenderContext Context { get; }

    /// <summary>Empties the writer and the renderer's state, to render the next document.</summary>
    public void Clear() => Reset();

    public static PageRenderContext? ContextOf(HtmlRenderer renderer) => (renderer as PageHtmlRenderer)?.Context;
}
