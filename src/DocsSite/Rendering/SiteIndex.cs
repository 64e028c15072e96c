using DocsSite.Content;
using DocsSite.Markdown;
using DocsSite.Pages;
using DocsSite.Yaml;
using Markdig.Syntax;

namespace DocsSite.Rendering;

/// <summary>
/// Read-only look-ups over the whole site, shared by every page render: data by id,
/// glossary terms by id or alias, pages by source path, and parsed data Markdown.
/// </summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<string, Definition> _terms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Page> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Page> _byUrl = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<MarkdownText, Data.ParsedMarkdown> _parsed;

    public SiteIndex(SiteSettings settings, SiteData data, IReadOnlyList<Page> pages, IReadOnlyDictionary<MarkdownText, Data.ParsedMarkdown> parsed,
        IReadOnlySet<string>? files = null, Links.RepositoryLinks? repository = null)
    {
        Files = files ?? new HashSet<string>();
        Repository = repository;
        _parsed = parsed;
        Settings = settings;
        Data = data;
        Pages = pages;
        foreach (var page in pages)
        {
            if (page.SourcePath is not null) _bySource[page.SourcePath] = page;
            _byUrl.TryAdd(page.Url, page);
        }
        Navigation = settings.Nav.Count > 0
            ? settings.Nav.Select(n => NavPage(n.Value)).OfType<Page>().ToList()
            : pages.Where(p => p.Kind == PageKind.Article && p.Url.Count(c => c == '/') == 2)
                .OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal).Take(MaxAutoNavigation).ToList();
        Sections = pages.Where(p => p.IsSection).ToList();
        Menu = new Menu(settings.NavGroups.Count > 0
                ? settings.NavGroups.Select(g => (g.Title, (IReadOnlyList<Page>)g.Pages.Select(n => NavPage(n.Value)).OfType<Page>().ToList())).ToList()
                : [(null, Navigation)],
            Sections);
        // Ids first, then terms, then aliases: an id always wins over someone else's alias.
        foreach (var d in data.Definitions.Values.OrderBy(d => d.Id, StringComparer.Ordinal)) _terms.TryAdd(d.Id, d);
        foreach (var d in data.Definitions.Values.OrderBy(d => d.Id, StringComparer.Ordinal)) _terms.TryAdd(d.Term, d);
        foreach (var d in data.Definitions.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
            foreach (var alias in d.Aliases) _terms.TryAdd(alias, d);
    }

    /// <summary>
    /// The most top-level pages a menu made without <c>nav</c> lists: every page carries the menu,
    /// so an unbounded one makes the output grow with the square of the pages.
    /// </summary>
    public const int MaxAutoNavigation = 40;

    /// <summary>The menu: the pages site.yml names, or else the first top-level pages by order and title. Worked out once, not per page.</summary>
    public IReadOnlyList<Page> Navigation { get; }

    /// <summary>The generated sections this site has (glossary, comparison, FAQ, analogies, sources).</summary>
    public IReadOnlyList<Page> Sections { get; }

    /// <summary>The menu in groups, with sections at the end, and its reading order for previous/next.</summary>
    public Menu Menu { get; }

    /// <summary>A <c>nav</c> entry: a Markdown file (<c>overview.md</c>) or the URL of a generated section (<c>glossary/</c>).</summary>
    public Page? NavPage(string entry) => PageAt(entry) ?? (entry.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? null : PageAtUrl("/" + entry.Trim('/') + "/"));

    public SiteSettings Settings { get; }

    /// <summary>Which facts are dated, against the build's date.</summary>
    public Claims.Staleness Staleness { get; init; } = new(DateOnly.FromDateTime(DateTime.UtcNow), Claims.Staleness.DefaultYears);

    /// <summary>Page URL -> the day it was last updated (<see cref="History.PageDates"/>).</summary>
    public IReadOnlyDictionary<string, DateOnly> Dates { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>The day a page was last updated, or null when nothing says.</summary>
    public DateOnly? Updated(Page page) => page.Updated ?? (Dates.TryGetValue(page.Url, out var day) ? day : null);

    /// <summary>The pages citing each fact; filled once the citing pages are rendered, read by the ledger.</summary>
    public Claims.FactCitations Citations { get; } = new();

    public SiteData Data { get; }

    public IReadOnlyList<Page> Pages { get; }

    public IEnumerable<string> TermNames => _terms.Keys;

    public Definition? FindTerm(string idOrAlias) => _terms.GetValueOrDefault(idOrAlias);

    /// <summary>A page's name in the menu: the title the corpus' table of contents gives it, or its own.</summary>
    public string NavTitle(Page page) =>
        page.SourcePath is { } path && Settings.NavTitles.TryGetValue(path, out var title) ? title : page.Title;

    public Page? PageAt(string sourcePath) => _bySource.GetValueOrDefault(sourcePath);

    public Page? PageAtUrl(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The input's files copied as they are (not pages), by path.</summary>
    public IReadOnlySet<string> Files { get; }

    /// <summary>Links to the rest of the repository, when the site names one.</summary>
    public Links.RepositoryLinks? Repository { get; }

    /// <summary>Whether a decoded site path is a page or a file of the input.</summary>
    public bool Exists(string decodedSitePath)
    {
        var path = "/" + decodedSitePath.TrimStart('/');
        return Files.Contains(path[1..]) || PageNamed(path) is not null || PageAtUrl(path) is not null
            || PageAtUrl(path.TrimEnd('/') + "/") is not null
            || (path.EndsWith("/index.html", StringComparison.Ordinal) && PageAtUrl(path[..^"index.html".Length]) is not null);
    }

    /// <summary>
    /// The page a Markdown link names by its source ("a.md"), or as other generators write
    /// it ("a.html", which mdBook, Sphinx and many wikis make from a.md) when no such file exists.
    /// </summary>
    public Page? PageNamed(string decodedSitePath)
    {
        var path = decodedSitePath.TrimStart('/');
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return PageAt(path);
        if (!path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || Files.Contains(path)) return null;
        var stem = path[..^".html".Length];
        return PageAt(stem + ".md") ?? (stem.EndsWith("index", StringComparison.OrdinalIgnoreCase) ? null : PageAt(stem + "/index.md"));
    }

    /// <summary>
    /// Data Markdown was parsed (and scanned) once when it was read, however many pages render it;
    /// its problems were reported then, so a late parse (of text not listed as a field) keeps its own.
    /// </summary>
    public global::DocsSite.Data.ParsedMarkdown Parse(MarkdownText text) =>
        _parsed.TryGetValue(text, out var parsed) ? parsed : global::DocsSite.Data.ParsedMarkdown.Parse(text, new Diagnostics.DiagnosticBag());
}
