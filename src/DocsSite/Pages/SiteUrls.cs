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
        // Segment by segment without splitting: every link of every page comes through here.
        var from = fromUrl.AsSpan(0, fromUrl.LastIndexOf('/') + 1);
        var to = toUrl.AsSpan();
        // The first segment of the target is skipped, as "" before a leading '/'; its last one is never shared.
        var toRest = to.IndexOf('/') is var first and >= 0 ? first + 1 : to.Length;
        var fromRest = 0;
        var ups = 0;
        var sharing = true;
        while (NextSegment(from, ref fromRest) is { } segment)
        {
            var next = to[toRest..].IndexOf('/');
            if (sharing && next >= 0 && to.Slice(toRest, next).SequenceEqual(from.Slice(segment.Start, segment.Length)))
            {
                toRest += next + 1;
                continue;
            }
            sharing = false;
            ups++;
        }
        var rest = Outputs.SitePath.Encode(toUrl[toRest..]);
        var result = string.Concat(string.Concat(Enumerable.Repeat("../", ups)), rest);
        return result.Length == 0 ? "./" : result.StartsWith('#') ? "./" + result : result;
    }

    /// <summary>The next non-empty segment of <paramref name="path"/> at or after <paramref name="at"/>, which moves past it.</summary>
    private static (int Start, int Length)? NextSegment(ReadOnlySpan<char> path, ref int at)
    {
        while (at < path.Length && path[at] == '/') at++;
        if (at >= path.Length) return null;
        var end = path[at..].IndexOf('/') is var slash and >= 0 ? at + slash : path.Length;
        var segment = (at, end - at);
        at = end;
        return segment;
    }

    /// <summary>Resolves a relative path as a browser does against a page's URL: ".." above the root stays at the root.</summary>
    public static string BrowserCombine(string pageUrl, string relative) =>
        new Uri(new Uri("http://site" + Outputs.SitePath.Encode(pageUrl)), relative).AbsolutePath;

    /// <summary>Resolves a relative path ("../a.md") against a site folder ("/guide/"); null if it climbs above the root.</summary>
    public static string? Combine(string folder, string relative)
    {
        // Most links name a file below the folder ("a.md", "b/c.md"): nothing to resolve, so nothing to split.
        if (IsPlain(folder, asFolder: true) && IsPlain(relative, asFolder: false)) return folder + relative;
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

    /// <summary>
    /// A folder "/" or "/a/b/", or a relative path "a/b.md" or "a/": segments that are neither empty, "." nor "..",
    /// so that joining them is all <see cref="Combine"/> would do.
    /// </summary>
    private static bool IsPlain(string path, bool asFolder)
    {
        var span = path.AsSpan();
        if (asFolder)
        {
            if (span.Length == 0 || span[0] != '/' || span[^1] != '/') return false;
            if (span.Length == 1) return true;
            span = span[1..^1];
        }
        else
        {
            if (span.Length == 0) return false;
            if (span[^1] == '/') span = span[..^1];
        }
        foreach (var range in span.Split('/'))
            if (span[range] is { Length: 0 } or "." or "..") return false;
        return true;
    }
}
