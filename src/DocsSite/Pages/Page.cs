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
    MarkdownScan Scan,
    string? DefinitionId = null)
{
    /// <summary>The file this page is written to; also gives its links.</summary>
    public Outputs.SitePath Destination => Outputs.SitePath.OfUrl(Url);

    public string OutputPath => Destination.Value;

    /// <summary>Where diagnostics about the page point: its Markdown file, or the data behind a generated page.</summary>
    public string ReportedFile => SourcePath ?? OutputPath;
}
