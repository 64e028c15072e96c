using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>Site-wide settings from <c>site.yml</c>; every field has a default so a folder of bare Markdown builds.</summary>
internal sealed record SiteSettings(
    string Title,
    string Description,
    string? BaseUrl,
    string? Repository,
    string Language,
    IReadOnlyList<Located<string>> Nav, // every entry of NavGroups, in order
    IReadOnlyList<string> ExternalIgnore,
    Diagnostics.SeverityOverrides Severities,
    IReadOnlyList<NavGroup> NavGroups,
    int StaleAfterYears = Claims.Staleness.DefaultYears)
{
    /// <summary><c>anchors: github</c>: a fragment that matches an id only when case is ignored (as code hosts match) is a warning, not an error.</summary>
    public bool CaseInsensitiveAnchors { get; init; }

    public static SiteSettings Default { get; } = new("Documentation", "", null, null, "en", [], [], Diagnostics.SeverityOverrides.None, []);

    /// <summary><c>references: true|false</c>: the reference syntax on or off; unset, it is on when the site has data.</summary>
    public bool? References { get; init; }

    /// <summary>
    /// MkDocs' <c>attr_list</c> syntax (<c>## Title { #id }</c>): <c>markdown: { attributes: true }</c> in site.yml,
    /// or <c>attr_list</c> among the <c>markdown_extensions</c> of the corpus' mkdocs.yml; unset, off.
    /// </summary>
    public bool? AttributeLists { get; init; }

    /// <summary>
    /// The corpus is an MkDocs site (it has an mkdocs.yml): a Markdown link that names nothing from its file's folder
    /// but a page from the page's URL is kept as written, since MkDocs leaves such links alone and browsers read them so.
    /// </summary>
    public bool MkDocs { get; init; }

    /// <summary>
    /// <c>markdown: { ids: mkdocs }</c>: heading ids as MkDocs' <c>toc</c> makes them (<c>a-b</c> for "a - b") rather than
    /// GitHub's (<c>a---b</c>); unset, MkDocs' when the corpus has an mkdocs.yml.
    /// </summary>
    public bool? MkDocsHeadingIds { get; init; }

    /// <summary><c>markdown: { snippets: false }</c> turns pymdownx.snippets' includes off; unset, they follow mkdocs.yml.</summary>
    public bool? SnippetsWanted { get; init; }

    /// <summary>Where <c>--8&lt;-- "file"</c> includes are read from, when mkdocs.yml enables pymdownx.snippets; null, they are text.</summary>
    public Markdown.Snippets.SnippetSettings? Snippets { get; init; }

    /// <summary>
    /// <c>links: { external_anchors: { "cli.md": [mkdocs-build] } }</c>: ids another tool adds to a page (a plugin,
    /// an include), by the page's path under the input; links to them are not errors, and an entry no link needs is a warning.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Located<string>>> ExternalAnchors { get; init; } =
        new Dictionary<string, IReadOnlyList<Located<string>>>(StringComparer.Ordinal);

    /// <summary>
    /// Menu titles by page path, from a table of contents the corpus brings (<c>SUMMARY.md</c>,
    /// <c>mkdocs.yml</c>); a page without one is listed by its own title.
    /// </summary>
    public IReadOnlyDictionary<string, string> NavTitles { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The file <see cref="Nav"/> came from when it is not site.yml (for instance <c>SUMMARY.md</c>), so it is not published as a page.</summary>
    public string? NavSource { get; init; }
}
