using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Links;

/// <summary>
/// Resolves a link as written in Markdown the way a browser would after the build:
/// "a.md" is the page built from a.md, "a/" and "a/index.html" are the page at that
/// URL, anything else must be a file that is copied to the output. Percent-encoding
/// is decoded before looking up, in paths and fragments alike.
/// </summary>
internal sealed class LinkResolver(SiteIndex index, IReadOnlySet<string> files)
{
    /// <returns>null for links that leave the site (http:, mailto:, //host ...), which only <c>check --external</c> follows.</returns>
    public LinkResolution? Resolve(string url, string baseFolder, Page? fromPage)
    {
        if (LinkTarget.Parse(url) is not { IsInternal: true } target) return null;
        var fragment = target.DecodedFragment;
        if (target.Path.Length == 0)
            return new LinkResolution(fromPage, fragment, null);

        var sitePath = target.Path.StartsWith('/') ? target.Path : SiteUrls.Combine(baseFolder, target.Path);
        if (sitePath is null)
            return new LinkResolution(null, fragment, $"`{target.Path}` climbs above the root of the site.");
        var path = Uri.UnescapeDataString(sitePath);
        var relative = path.TrimStart('/');

        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return index.PageAt(relative) is { } page
                ? new LinkResolution(page, fragment, null)
                : new LinkResolution(null, fragment, $"There is no page `{relative}`.");
        }
        var asFolder = path.EndsWith('/') ? path : path + "/";
        var withoutIndex = path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : null;
        if ((index.PageAtUrl(path) ?? index.PageAtUrl(asFolder) ?? (withoutIndex is null ? null : index.PageAtUrl(withoutIndex))) is { } byUrl)
            return new LinkResolution(byUrl, fragment, null);
        if (files.Contains(relative))
            return new LinkResolution(null, fragment, null);
        return new LinkResolution(null, fragment, $"There is no page or file at `{path}`.");
    }

}
