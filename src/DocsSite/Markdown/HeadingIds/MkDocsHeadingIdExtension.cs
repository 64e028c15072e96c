using System.Net;
using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.HeadingIds;

/// <summary>
/// Heading ids as MkDocs makes them (<see cref="MkDocsSlug"/>), for a corpus built by MkDocs, whose
/// links were written against those ids. Set up before Markdig's auto-identifiers, which then leave
/// these headings alone; an id an attribute list gave is kept.
/// </summary>
internal sealed class MkDocsHeadingIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings) headings.Closed += Closed;
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs) paragraphs.Closed += Closed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Closed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += Identify;
    }

    private static void Identify(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock { Inline: { } inlines } heading) return;
        var document = processor.Document;
        if (document.GetData(typeof(MkDocsHeadingIdExtension)) is not HashSet<string> used)
            document.SetData(typeof(MkDocsHeadingIdExtension), used = new HashSet<string>(StringComparer.Ordinal));
        var attributes = heading.GetAttributes();
        if (attributes.Id is { } given)
        {
            used.Add(given);
            return;
        }
        attributes.Id = MkDocsSlug.Unique(MkDocsSlug.Of(TextOf(inlines)), used);
    }

    /// <summary>The heading's text as toc reads it: every piece of text, tags left out, entities decoded.</summary>
    private static string TextOf(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var node in container.Descendants())
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case LineBreakInline: text.Append(' '); break;
            }
        return WebUtility.HtmlDecode(text.ToString());
    }
}
