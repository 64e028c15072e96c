using DocsSite.Collections;
using DocsSite.Content;
using DocsSite.Pages;

namespace DocsSite.History;

/// <summary>
/// The day each page was last updated: its front matter's <c>updated:</c>, else the last commit
/// that changed its file (a Markdown page's own file, a term's data file, a section's collection
/// files, <c>site.yml</c> for a generated home page), else none: outside a git checkout no date is
/// shown, so the same input always builds the same site.
/// </summary>
internal static class PageDates
{
    public static IReadOnlyDictionary<string, DateOnly> Build(IReadOnlyList<Page> pages, SiteData data, IReadOnlyDictionary<string, DateOnly> files)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (files.Count == 0 && pages.All(p => p.Updated is null)) return dates;
        Dictionary<string, string>? sections = null;
        foreach (var page in pages)
        {
            if (page.Kind == PageKind.NotFound) continue;
            DateOnly? day = page.Updated;
            if (day is null && page.SourcePath is { } path) day = Lookup(files, path);
            else if (day is null && page.Origin is { } origin) day = Lookup(files, origin.File);
            else if (day is null && page.Kind == PageKind.Home) day = Lookup(files, Data.SiteSettingsReader.FileName);
            else if (day is null && page.Kind == PageKind.Data)
            {
                sections ??= SiteCollections.All.SelectMany(c => c.Pages(data).Select(p => (p.Url, c.Name)))
                    .GroupBy(p => p.Url).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
                if (sections.TryGetValue(page.Url, out var name)) day = Collection(files, name);
            }
            if (day is { } d) dates[page.Url] = d;
        }
        return dates;
    }

    private static DateOnly? Lookup(IReadOnlyDictionary<string, DateOnly> files, string path) =>
        files.TryGetValue(path.Replace('\\', '/'), out var day) ? day : null;

    /// <summary>The latest change to <c>_data/NAME.yml</c> or any file under <c>_data/NAME/</c>.</summary>
    private static DateOnly? Collection(IReadOnlyDictionary<string, DateOnly> files, string name)
    {
        DateOnly? latest = null;
        foreach (var (path, day) in files)
        {
            var match = path == $"_data/{name}.yml" || path == $"_data/{name}.yaml" || path.StartsWith($"_data/{name}/", StringComparison.Ordinal);
            if (match && (latest is null || day > latest)) latest = day;
        }
        return latest;
    }
}
