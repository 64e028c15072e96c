using DocsSite.Markdown.Citations;
using DocsSite.Markdown.Embeds;
using DocsSite.Markdown.FactValues;
using DocsSite.Markdown.TermLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace DocsSite.Markdown;

/// <summary>The one Markdig pipeline every page and data field is parsed with (built once; it is thread-safe).</summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Site { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseAlertBlocks()
            .UseCustomContainers()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePreciseSourceLocation();
        builder.Extensions.AddIfNotAlready<TermLinkExtension>();
        builder.Extensions.AddIfNotAlready<CitationExtension>();
        builder.Extensions.AddIfNotAlready<FactValueExtension>();
        builder.Extensions.AddIfNotAlready<EmbedExtension>();
        return builder.Build();
    }
}
