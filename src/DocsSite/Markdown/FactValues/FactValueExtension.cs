using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace DocsSite.Markdown.FactValues;

/// <summary>Adds <c>[=fact-id]</c>: a fact's value with its citation.</summary>
internal sealed class FactValueExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<FactValueParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new FactValueParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<FactValueRenderer>();
    }
}
