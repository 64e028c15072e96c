using Markdig;
using Markdig.Renderers;

namespace DocsSite.Markdown.Embeds;

/// <summary>Adds <c>::comparison{...}</c>, <c>::faq{...}</c> and <c>::analogy{...}</c> embeds.</summary>
internal sealed class EmbedExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<EmbedParser>())
            pipeline.BlockParsers.Insert(0, new EmbedParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<EmbedRenderer>();
    }
}
