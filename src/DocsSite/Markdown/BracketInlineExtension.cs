using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace DocsSite.Markdown;

/// <summary>
/// The extension contract shared by the bracketed inline syntaxes: the parser goes before
/// Markdig's link parser (they all open with '['), the renderer joins the HTML renderer.
/// </summary>
internal abstract class BracketInlineExtension<TParser, TRenderer> : IMarkdownExtension
    where TParser : InlineParser, new()
    where TRenderer : class, IMarkdownObjectRenderer, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<TRenderer>();
    }
}
