using DocsSite.Markdown.Citations;
using DocsSite.Markdown.Embeds;
using DocsSite.Markdown.FactValues;
using DocsSite.Markdown.TermLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace DocsSite.Markdown;

/// <summary>The Markdig pipelines pages and data fields are parsed with (built once; they are thread-safe).</summary>
internal static class MarkdownPipelines
{
    /// <summary>CommonMark with extensions and DocsSite's reference syntax; data Markdown always uses it.</summary>
    public static MarkdownPipeline Site { get; } = Build(references: true);

    /// <summary>
    /// The same without <c>[[term]]</c>, <c>[@fact]</c>, <c>[=fact]</c> and <c>::embed</c>: in a folder
    /// with no data they mean nothing, and other people's Markdown uses them as text ("[@octocat]").
    /// </summary>
    public static MarkdownPipeline Plain { get; } = Build(references: false);

    public static MarkdownPipeline For(bool references) => references ? Site : Plain;

    private static MarkdownPipeline Build(bool references)
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
        if (!references) return builder.Build();
        builder.Extensions.AddIfNotAlready<TermLinkExtension>();
        builder.Extensions.AddIfNotAlready<CitationExtension>();
        builder.Extensions.AddIfNotAlready<FactValueExtension>();
        builder.Extensions.AddIfNotAlready<EmbedExtension>();
        return builder.Build();
    }
}
