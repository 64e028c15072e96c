using DocsSite.Diagnostics;
using DocsSite.Pipeline;

namespace DocsSite.External;

/// <summary>Gathers the http(s) links of pages, data Markdown and source records, each URL once with all its places.</summary>
internal static class ExternalLinks
{
    public static IReadOnlyList<ExternalLink> Collect(BuildContext context)
    {
        var places = new SortedDictionary<string, List<SourceLocation>>(StringComparer.Ordinal);
        void Add(string url, SourceLocation at)
        {
            var trimmed = url.Trim();
            if (!IsHttp(trimmed)) return;
            var key = trimmed.Split('#')[0];
            if (!places.TryGetValue(key, out var list)) places[key] = list = [];
            list.Add(at);
        }
        foreach (var page in context.Pages)
            foreach (var link in page.Scan.Links) Add(link.Url, link.At);
        foreach (var parsed in context.DataMarkdown.Values)
            foreach (var link in parsed.Scan.Links) Add(link.Url, link.At);
        foreach (var source in context.Data.Sources.Values)
            if (source.Url is { } url) Add(url.Value, url.At);
        return places.Select(p => new ExternalLink(p.Key, p.Value)).ToList();
    }

    public static bool IsHttp(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
