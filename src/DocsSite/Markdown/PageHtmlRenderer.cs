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
        Setup();
    }

    private PageHtmlRenderer(TextWriter writer) : base(writer) => Setup();

    private void Setup()
    {
        MarkdownPipelines.Site.Setup(this);
        ObjectRenderers.Replace<LinkInlineRenderer>(new TrackedLinkInlineRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new TrackedHtmlInlineRenderer());
        ObjectRenderers.Replace<HtmlBlockRenderer>(new TrackedHtmlBlockRenderer());
        // Safe output: rel="noopener" on autolinks to other hosts (TrackedLinkInlineRenderer adds it to links), classes instead of inline styles on tables.
        ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeHtml.NoopenerAutolinkRenderer());
        ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new SafeHtml.ClassAlignedTableRenderer());
    }

    public PageRenderContext? Context { get; private set; }

    // Renderers (and the buffers their writers have grown) are kept per thread and nesting depth: making one
    // sets up every extension's renderers, and ten thousand pages would make and drop as many.
    [ThreadStatic] private static List<PageHtmlRenderer>? _pool;

    /// <summary>This thread's renderer for a document at <paramref name="depth"/> of <paramref name="context"/>'s page, until <see cref="Return"/>.</summary>
    public static PageHtmlRenderer Rent(PageRenderContext context, int depth)
    {
        var pool = _pool ??= [];
        while (pool.Count <= depth) pool.Add(new PageHtmlRenderer(new StringWriter(System.Globalization.CultureInfo.InvariantCulture)));
        // A page rendered while another is (which no step does today) gets a renderer of its own.
        var renderer = pool[depth].Context is null ? pool[depth] : new PageHtmlRenderer(new StringWriter(System.Globalization.CultureInfo.InvariantCulture));
        renderer.Context = context;
        renderer.LinkRewriter = context.RewriteLink;
        return renderer;
    }

    /// <summary>Empties the renderer and lets it go back to the pool; its text must have been taken.</summary>
    public void Return()
    {
        Reset();
        Context = null;
        LinkRewriter = null;
    }

    public static PageRenderContext? ContextOf(HtmlRenderer renderer) => (renderer as PageHtmlRenderer)?.Context;
}
