using DocsSite.Collections;
using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Pages;

namespace DocsSite.Rendering;

/// <summary>
/// "Suggest a change to this page". <c>repository</c> in site.yml is the URL of the repository's
/// files at a branch (<c>https://github.com/o/r/blob/main/</c>); a file's URL is its path from the
/// checkout's root (or, outside a checkout, from the input folder). A Markdown page opens its file
/// in the editor (<c>/edit/</c>); a page built from data points at the YAML it comes from, and a
/// term's page at its record's line (<c>/blob/...#L40</c>: the editor cannot open at a line).
/// No repository, no link.
/// </summary>
internal static class EditLinks
{
    public static string? For(Page page, SiteIndex site)
    {
        if (site.Settings.Repository is not { Length: > 0 } repository) return null;
        string Url(string inputPath) =>
            site.Repository?.FileUrl(inputPath) ?? repository.TrimEnd('/') + "/" + Outputs.SitePath.Encode(inputPath);
        if (page.SourcePath is { } path) return Swap(Url(path), "/blob/", "/edit/");
        SourceLocation? at = page switch
        {
            { Origin: { } origin } => origin,
            { Kind: PageKind.Home } => SourceLocation.WholeFile(Data.SiteSettingsReader.FileName),
            { Kind: PageKind.Data, IsSection: true } => CollectionFile(page, site.Data),
            _ => null,
        };
        if (at is not { } place) return null;
        return place.Line <= 0 ? Swap(Url(place.File), "/blob/", "/edit/") : $"{Swap(Url(place.File), "/edit/", "/blob/")}#L{place.Line}";
    }

    /// <summary>The code host's view of a file (/blob/) and its editor (/edit/) differ by one segment, on GitHub and GitLab alike.</summary>
    private static string Swap(string url, string from, string to)
    {
        var at = url.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? url : url[..at] + to + url[(at + from.Length)..];
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
