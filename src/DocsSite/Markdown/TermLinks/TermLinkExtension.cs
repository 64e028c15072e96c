using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace DocsSite.Markdown.TermLinks;

/// <summary>Adds <c>[[term]]</c> links to glossary entries.</summary>
internal sealed class TermLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TermLinkParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TermLinkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<TermLinkRenderer>();
    }
}
