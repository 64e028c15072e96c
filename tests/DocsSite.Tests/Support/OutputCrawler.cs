using System.Text.RegularExpressions;
using DocsSite.Links;

namespace DocsSite.Tests.Support;

/// <summary>
/// Walks a built site as a reader's browser would: every href, src and srcset of every HTML
/// file, resolved against the page (or its &lt;base href="/"&gt;), must name a file of the
/// output, and its fragment an id of the page it lands on.
/// </summary>
internal static partial class OutputCrawler
{
    /// <returns>"page: url (why)" for every link that does not resolve.</returns>
    public static IReadOnlyList<string> BrokenLinks(string output)
    {
        var facts = new Dictionary<string, HtmlFacts>(StringComparer.Ordinal);
        HtmlFacts FactsOf(string path) =>
            facts.TryGetValue(path, out var known) ? known : facts[path] = HtmlScanner.Scan(File.ReadAllText(Path.Combine(output, path)));

        // The pages the build made (they carry its policy); HTML files copied from the input as they are,
        // such as an MkDocs theme's Jinja templates, are not pages of the site and nothing links to them.
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var broken = new List<string>();
        foreach (var page in pages)
        {
            var html = File.ReadAllText(Path.Combine(output, page));
            var folder = BaseHref().Match(html) is { Success: true } b && b.Groups[1].Value == "/" ? "" : FolderOf(page);
            foreach (var link in FactsOf(page).Links)
            {
                var url = link.Url;
                if (url.Length == 0 || Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal)) continue;
                var hash = url.IndexOf('#');
                var pathPart = hash >= 0 ? url[..hash] : url;
                var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
                var query = pathPart.IndexOf('?');
                if (query >= 0) pathPart = pathPart[..query];
                string? target;
                if (pathPart.Length == 0) target = page;
                else if (pathPart.StartsWith('/')) { broken.Add($"{page}: {url} (starts at the site root)"); continue; }
                else target = Resolve(folder, Uri.UnescapeDataString(pathPart));
                if (target is null) { broken.Add($"{page}: {url} (climbs above the site)"); continue; }
                if (target.Length == 0 || target.EndsWith('/') || Directory.Exists(Path.Combine(output, target)))
                    target = target.TrimEnd('/') is { Length: > 0 } t ? t + "/index.html" : "index.html";
                if (!File.Exists(Path.Combine(output, target))) { broken.Add($"{page}: {url} (no file {target})"); continue; }
                if (fragment is "" or "top" || !target.EndsWith(".html", StringComparison.Ordinal)) continue;
                if (!FactsOf(target).Ids.Contains(fragment)) broken.Add($"{page}: {url} (no id {fragment} in {target})");
            }
        }
        return broken;
    }

    private static string FolderOf(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..(i + 1)] : "";

    private static string? Resolve(string folder, string relative)
    {
        var parts = folder.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        var path = string.Join('/', parts);
        return relative.EndsWith('/') && path.Length > 0 ? path + "/" : path;
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex("""<base href="([^"]*)">""")]
    private static partial Regex BaseHref();
}
