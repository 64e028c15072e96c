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
    public static MarkdownPipeline Site { get; } = Build(new Syntax(References: true));

    /// <summary>
    /// The same without <c>[[term]]</c>, <c>[@fact]</c>, <c>[=fact]</c> and <c>::embed</c>: in a folder
    /// with no data they mean nothing, and other people's Markdown uses them as text ("[@octocat]").
    /// </summary>
    public static MarkdownPipeline Plain { get; } = Build(new Syntax(References: false));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Syntax, MarkdownPipeline> Built = new()
    {
        [new Syntax(References: true)] = Site,
        [new Syntax(References: false)] = Plain,
    };

    /// <param name="attributes">MkDocs' <c>attr_list</c> syntax (<c>## Title { #id }</c>), when the site asks for it.</param>
    /// <param name="mkdocsIds">Heading ids made as MkDocs' <c>toc</c> makes them, for a corpus MkDocs builds.</param>
    public static MarkdownPipeline For(bool references, bool attributes = false, bool mkdocsIds = false) =>
        Built.GetOrAdd(new Syntax(references, attributes, mkdocsIds), Build);

    /// <summary>The pipeline a site's pages are read with: the reference syntax where it has data (unless site.yml says otherwise), MkDocs' syntax where asked.</summary>
    public static MarkdownPipeline ForSite(Content.SiteSettings settings, Data.InputFiles input) =>
        For(settings.References ?? input.DataFiles().Count > 0, settings.AttributeLists ?? false, settings.MkDocsHeadingIds ?? false);

    private sealed record Syntax(bool References, bool Attributes = false, bool MkDocsIds = false);

    private static MarkdownPipeline Build(Syntax syntax)
    {
        var references = syntax.References;
        var builder = new MarkdownPipelineBuilder();
        // Before the auto-identifiers: a heading's list must be gone, and its MkDocs id made, before Markdig makes one from its text.
        if (syntax.Attributes) builder.Extensions.Add(new AttributeListExtension());
        if (syntax.MkDocsIds) builder.Extensions.Add(new HeadingIds.MkDocsHeadingIdExtension());
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
