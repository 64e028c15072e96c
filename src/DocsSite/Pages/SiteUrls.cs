namespace DocsSite.Pages;

/// <summary>
/// The URL scheme: pages live at folder URLs ("/a/b/" written to "a/b/index.html"), and
/// every link in the output is relative to the page, so one output works on any host,
/// in any sub-folder.
/// </summary>
internal static class SiteUrls
{
    public const string Glossary = "/glossary/";
    public const string Comparison = "/comparison/";
    public const string Faq = "/faq/";

    public const string Search = "/search/";
    public const string Analogies = "/analogies/";
    public const string Sources = "/sources/";
    public const string Facts = "/facts/";
    public const string NotFound = "/404.html";

    public static string Term(string id) => $"{Glossary}{id}/";

    /// <summary>"guide/choosing.md" -> "/guide/choosing/"; "guide/index.md" -> "/guide/".</summary>
    public static string UrlOf(string sourcePath, bool readmeIsIndex)
    {
        var withoutExtension = sourcePath[..^Path.GetExtension(sourcePath).Length];
        var slash = withoutExtension.LastIndexOf('/');
        var folder = slash >= 0 ? withoutExtension[..(slash + 1)] : "";
        var name = slash >= 0 ? withoutExtension[(slash + 1)..] : withoutExtension;
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase)
            || (readmeIsIndex && name.Equals("readme", StringComparison.OrdinalIgnoreCase)))
            return "/" + folder;
        return "/" + folder + name + "/";
    }

    /// <summary>
    /// A decoded site path relative to the page at <paramref name="fromUrl"/>: "/a/b/" to "/c/" is "../../c/".
    /// The result is a URL: its segments are percent-encoded ("/c#/" becomes "c%23/").
    /// </summary>
    public static string Relative(string fromUrl, string toUrl)
    {
        var fromFolder = fromUrl[..(fromUrl.LastIndexOf('/') + 1)];
        var from = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = toUrl.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 2 && to[common + 1] == from[common]) common++;
        var ups = string.Concat(Enumerable.Repeat("../", from.Length - common));
        var rest = Outputs.SitePath.Encode(string.Join('/', to.Skip(common + 1)));
        var result = ups + rest;
        return result.Length == 0 ? "./" : result.StartsWith('#') ? "./" + result : result;
    }

    /// <summary>Resolves a relative path as a browser does against a page's URL: ".." above the root stays at the root.</summary>
    public static string BrowserCombine(string pageUrl, string relative) =>
        new Uri(new Uri("http://site" + Outputs.SitePath.Encode(pageUrl)), relative).AbsolutePath;

    /// <summary>Resolves a relative path ("../a.md") against a site folder ("/guide/"); null if it climbs above the root.</summary>
    public static string? Combine(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or "") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(segment);
        }
        var trailing = relative.EndsWith('/') || relative.EndsWith("/.", StringComparison.Ordinal) || relative is "." or "..";
        return "/" + string.Join('/', parts) + (trailing && parts.Count > 0 ? "/" : "");
    }
}
