using DocsSite.Markdown.AttributeLists;
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
    public static MarkdownPipeline Site { get; } = Build(references: true, attributes: false);

    /// <summary>
    /// The same without <c>[[term]]</c>, <c>[@fact]</c>, <c>[=fact]</c> and <c>::embed</c>: in a folder
    /// with no data they mean nothing, and other people's Markdown uses them as text ("[@octocat]").
    /// </summary>
    public static MarkdownPipeline Plain { get; } = Build(references: false, attributes: false);

    private static readonly MarkdownPipeline SiteWithAttributes = Build(references: true, attributes: true);
    private static readonly MarkdownPipeline PlainWithAttributes = Build(references: false, attributes: true);

    /// <param name="attributes">MkDocs' <c>attr_list</c> syntax (<c>## Title { #id }</c>), when the site asks for it.</param>
    public static MarkdownPipeline For(bool references, bool attributes = false) => (references, attributes) switch
    {
        (true, false) => Site,
        (false, false) => Plain,
        (true, true) => SiteWithAttributes,
        (false, true) => PlainWithAttributes,
    };

    /// <summary>The pipeline a site's pages are read with: the reference syntax where it has data (unless site.yml says otherwise), attribute lists where asked.</summary>
    public static MarkdownPipeline ForSite(Content.SiteSettings settings, Data.InputFiles input) =>
        For(settings.References ?? input.DataFiles().Count > 0, settings.AttributeLists ?? false);

    private static MarkdownPipeline Build(bool references, bool attributes)
    {
        var builder = new MarkdownPipelineBuilder();
        // Before the auto-identifiers: a heading's list must be gone before its id is made from its text.
        if (attributes) builder.Extensions.Add(new AttributeListExtension());
        builder
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
