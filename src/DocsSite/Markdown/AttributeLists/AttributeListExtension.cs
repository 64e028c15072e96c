using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocsSite.Markdown.AttributeLists;

/// <summary>
/// MkDocs' <c>attr_list</c>: <c>## Title { #custom-id }</c>, <c>**term**{ #id }</c>, <c>{: .class }</c>.
/// Markdig's own generic attributes differ from it (they take <c>{...}</c> anywhere in text, so
/// "use {name}" loses its braces, read <c>{: #id }</c>'s colon as an attribute and set any attribute,
/// event handlers included), so the Python-Markdown rules are followed here instead.
/// It must be set up before the auto-identifiers, so a heading's list is gone before its id is made from its text.
/// </summary>
internal sealed class AttributeListExtension : IMarkdownExtension
{
    private const string AutoIdentifierKey = "AutoIdentifier"; // Markdig's set of the document's heading ids, so a later heading does not reuse a custom id

    public static List<AttributeListProblem> ProblemsOf(MarkdownDocument document) =>
        document.GetData(typeof(AttributeListExtension)) as List<AttributeListProblem> ?? [];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings) headings.Closed += Closed;
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs) paragraphs.Closed += Closed; // setext headings
        pipeline.DocumentProcessed += document =>
        {
            var problems = Problems(document);
            foreach (var block in MarkdownNodes.Blocks<LeafBlock>(document))
                if (block is not HeadingBlock) AttributeLists.ApplyInBlock(block, problems);
        };
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Closed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += HeadingInlines;
    }

    private static void HeadingInlines(InlineProcessor processor, Markdig.Syntax.Inlines.Inline? inline)
    {
        if (processor.Block is not HeadingBlock heading) return;
        var problems = Problems(processor.Document);
        AttributeLists.ApplyToHeading(heading, problems);
        if (heading.Inline is { } inlines) AttributeLists.ApplyInline(inlines, problems);
        if (heading.TryGetAttributes()?.Id is { } id)
        {
            if (processor.Document.GetData(AutoIdentifierKey) is not HashSet<string> ids)
                processor.Document.SetData(AutoIdentifierKey, ids = []);
            ids.Add(id);
        }
    }

    private static List<AttributeListProblem> Problems(MarkdownDocument document)
    {
        if (document.GetData(typeof(AttributeListExtension)) is List<AttributeListProblem> list) return list;
        document.SetData(typeof(AttributeListExtension), list = []);
        return list;
    }
}
