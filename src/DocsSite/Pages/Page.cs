using Markdig.Syntax;

namespace DocsSite.Pages;

/// <summary>
/// One page of the site. Markdown pages carry their parsed document and what the parse
/// collected (<see cref="Scan"/>); generated pages carry neither. <see cref="Url"/> is
/// site-absolute ("/guide/choosing/"); links in the output are made relative to it.
/// </summary>
internal sealed record Page(
    PageKind Kind,
    string? SourcePath,
    string Url,
    string Title,
    string? Description,
    int Order,
    IReadOnlyList<string> Tags,
    MarkdownDocument? Document,
    MarkdownScan Scan)
{
    /// <summary>The parsed Markdown, until the page is rendered and <see cref="ReleaseParse"/> lets it go.</summary>
    public MarkdownDocument? Document { get; private set; } = Document;

    public MarkdownScan Scan { get; private set; } = Scan;

    /// <summary>
    /// Lets the parse tree go once every page is rendered: nothing after rendering reads it, and on a
    /// large site the trees (holding each page's source text) are a third of the memory a build needs.
    /// What the checks after rendering read of the scan (links, ids, references) stays.
    /// </summary>
    internal void ReleaseParse()
    {
        Document = null;
        Scan = Scan with { ByNode = MarkdownScan.Empty.ByNode, Embeds = [], ForSafety = [] };
    }

    /// <summary>The file this page is written to; also gives its links.</summary>
    public Outputs.SitePath Destination => Outputs.SitePath.OfUrl(Url);

    public string OutputPath => Destination.Value;

    /// <summary>The theme layout that draws the body: the kind's name unless a collection says otherwise.</summary>
    public string Layout
    {
        get => _layout ?? LayoutOf(Kind);
        init => _layout = value;
    }

    /// <summary>The layout of a kind's pages when nothing says otherwise: <c>layouts/article.hbs</c> for articles.</summary>
    public static string LayoutOf(PageKind kind) => kind.ToString().ToLowerInvariant();

    private readonly string? _layout;

    /// <summary>The body's model, for pages a collection makes (<see cref="PageKind.Data"/>).</summary>
    public Func<Rendering.PageRenderContext, object>? Body { get; init; }

    /// <summary>A collection's own page (glossary, FAQ...), listed on the home page and in the menu.</summary>
    public bool IsSection { get; init; }

    /// <summary>The page lists who cites what (the facts ledger), so it renders after every other page.</summary>
    public bool RendersLast { get; init; }

    /// <summary>The record behind a data page, for diagnostics and edit links.</summary>
    public Diagnostics.SourceLocation? Origin { get; init; }

    /// <summary>False for a page of the site's machinery (search results): no text of its own for the search index, llms.txt or the sitemap.</summary>
    public bool Indexed { get; init; } = true;

    /// <summary>The front matter's <c>updated:</c> date, which wins over the history's.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>The page's text with its snippets included (pymdownx.snippets), when it has any; else its file's text.</summary>
    public Markdown.Snippets.ExpandedText? Expanded { get; init; }

    /// <summary>Markdig's 0-based line and column in the page's document -> where that text was written.</summary>
    public Diagnostics.SourceLocation Locate(int line, int column) =>
        Expanded?.Map(line, column) ?? new Diagnostics.SourceLocation(SourcePath ?? ReportedFile, line + 1, column + 1);

    /// <summary>Where diagnostics about the page point: its Markdown file, or the data behind a generated page.</summary>
    public string ReportedFile => SourcePath ?? Origin?.File ?? OutputPath;
}
