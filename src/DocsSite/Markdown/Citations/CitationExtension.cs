using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace DocsSite.Markdown.Citations;

/// <summary>Adds Pandoc-style <c>[@fact-id]</c> citations.</summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<CitationRenderer>();
    }
}
