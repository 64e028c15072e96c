using DocsSite.Diagnostics;
using DocsSite.Pages;

namespace DocsSite.Rendering;

/// <summary>
/// "Suggest a change to this page": <c>repository</c> in site.yml is the URL of the input folder
/// on the code host, and the page's file is appended. A page built from data points at the YAML
/// it comes from; a term's page at its record's line (<c>#L40</c>), through the host's file view
/// (<c>/blob/</c>), because the editor (<c>/edit/</c>) cannot open at a line. No repository, no link.
/// </summary>
internal static class EditLinks
{
    public static string? For(Page page, SiteIndex site)
    {
        if (site.Settings.Repository is not { Length: > 0 } repository) return null;
        var prefix = repository.TrimEnd('/') + "/";
        if (page.SourcePath is { } path) return prefix + path;
        var data = site.Data;
        SourceLocation? at = page.Kind switch
        {
            PageKind.Term when page.DefinitionId is { } id && data.Definitions.TryGetValue(id, out var d) => d.At,
            PageKind.Glossary => FileOf(data.Definitions.Values.Select(d => d.At)),
            PageKind.Comparison => FileOf(data.Comparison.Dimensions.Select(d => d.At)),
            PageKind.Faq => FileOf(data.Faq.Values.Select(q => q.At)),
            PageKind.Analogies => FileOf(data.Analogies.Values.Select(a => a.At)),
            PageKind.Sources => FileOf(data.Sources.Values.Select(s => s.At)),
            PageKind.Home => SourceLocation.WholeFile(Data.SiteSettingsReader.FileName),
            _ => null,
        };
        if (at is not { } place) return null;
        if (place.Line <= 0) return prefix + place.File;
        var view = prefix.Replace("/edit/", "/blob/", StringComparison.Ordinal);
        return $"{view}{place.File}#L{place.Line}";
    }

    /// <summary>The collection's first file (a collection may be a folder of files).</summary>
    private static SourceLocation? FileOf(IEnumerable<SourceLocation> records) =>
        records.Select(r => r.File).Order(StringComparer.Ordinal).FirstOrDefault() is { } file ? SourceLocation.WholeFile(file) : null;
}
