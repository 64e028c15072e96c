using DocsSite.Collections;
using DocsSite.Content;
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
        SourceLocation? at = page switch
        {
            { Origin: { } origin } => origin,
            { Kind: PageKind.Home } => SourceLocation.WholeFile(Data.SiteSettingsReader.FileName),
            { Kind: PageKind.Data, IsSection: true } => CollectionFile(page, site.Data),
            _ => null,
        };
        if (at is not { } place) return null;
        if (place.Line <= 0) return prefix + place.File;
        var view = prefix.Replace("/edit/", "/blob/", StringComparison.Ordinal);
        return $"{view}{place.File}#L{place.Line}";
    }

    /// <summary>The first file (a collection may be a folder of files) of the collection that makes this page.</summary>
    private static SourceLocation? CollectionFile(Page page, SiteData data)
    {
        var collection = SiteCollections.All.FirstOrDefault(c => c.Pages(data).Any(p => p.Url == page.Url));
        var records = collection == SiteCollections.Comparison
            ? data.Comparison.Dimensions.Select(d => d.At)
            : collection?.Records(data).Select(r => r.At) ?? [];
        return records.Select(r => r.File).Order(StringComparer.Ordinal).FirstOrDefault() is { } file ? SourceLocation.WholeFile(file) : null;
    }
}
