using DocsSite.Outputs;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Links;

/// <summary>
/// Resolves an internal link against the manifest of the site, the way a browser would after
/// the build: "a/" and "a/index.html" are the page at that URL, anything else must be a file
/// of the site. A link as written in Markdown may also name a page by its source ("a.md").
/// Percent-encoding is decoded before looking up, in paths and fragments alike.
/// </summary>
internal sealed class LinkResolver(SiteIndex index, OutputManifest manifest)
{
    /// <param name="baseFolder">The site folder a relative path starts from.</param>
    /// <param name="markdown">The URL is as written in Markdown, where "x.md" names the page built from x.md.</param>
    /// <returns>null for links that leave the site (http:, mailto:, //host ...), which only <c>check --external</c> follows.</returns>
    public LinkResolution? Resolve(string url, string baseFolder, bool markdown)
    {
        if (LinkTarget.Parse(url) is not { IsInternal: true } target) return null;
        var fragment = target.DecodedFragment;
        if (target.Path.Length == 0) return new LinkResolution(null, fragment, null);

        var combined = target.Path.StartsWith('/') ? target.Path
            : markdown ? SiteUrls.Combine(baseFolder, target.Path)
            : SiteUrls.BrowserCombine(baseFolder, target.Path);
        if (combined is null)
        {
            // A link to the rest of the repository was made a link to the code host: it leaves the site.
            if (markdown && index.Repository?.Link(baseFolder, LinkTarget.Decode(target.Path)) is not null) return null;
            return new LinkResolution(null, fragment, $"`{target.Path}` climbs above the root of the site{(markdown ? NoFile() : "")}.");
        }
        var path = LinkTarget.Decode(combined);
        if (markdown && target.Path.StartsWith('/') && !index.Exists(path) && index.Repository?.SitePathOf(path) is { } inInput) path = inInput;
        var relative = path.TrimStart('/');

        if (markdown && index.PageNamed(path) is { } named)
            return manifest.Find(named.OutputPath) is { } document ? new LinkResolution(document, fragment, null) : null;
        // "/BUILDING.md" is the repository's on a code host, when the site has no such page.
        if (markdown && target.Path.StartsWith('/') && !index.Exists(path) && index.Repository?.Link(baseFolder, path) is not null) return null;
        if (markdown && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            return new LinkResolution(null, fragment, $"There is no page `{relative}`.");
        var found = path.EndsWith('/') ? manifest.Find(relative + "index.html")
            : manifest.Find(relative) ?? manifest.Find(relative + "/index.html");
        return found is not null
            ? new LinkResolution(found, fragment, null)
            : new LinkResolution(null, fragment, markdown ? $"There is no page or file at `{path}`." : "it leads to no page or file.");
    }

    /// <summary>Why a link out of the input is not a repository link either.</summary>
    private string NoFile() =>
        index.Repository is null
            ? "; to link to the rest of the repository, set `repository:` in site.yml"
            : ", and the repository has no such file";
}
