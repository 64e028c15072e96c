using DocsSite.Content;
using DocsSite.Pages;

namespace DocsSite.Links;

/// <summary>
/// The ids a page will have: from its Markdown for articles; from the data for
/// generated pages, whose templates give each record an element with the record's id.
/// </summary>
internal static class PageAnchors
{
    public static IReadOnlySet<string> Of(Page page, SiteData data)
    {
        if (page.Kind is PageKind.Article or PageKind.Home) return page.Scan.Ids;
        IEnumerable<string> ids = page.Kind switch
        {
            PageKind.Faq => data.Faq.Keys,
            PageKind.Analogies => data.Analogies.Keys,
            PageKind.Sources => data.Sources.Keys.Concat(data.Facts.Keys.Select(f => "fact-" + f)),
            PageKind.Comparison => data.Comparison.Dimensions.Select(d => d.Id).Concat(data.Comparison.Groups.Select(g => g.Id)),
            PageKind.Glossary => data.Definitions.Values.Select(d => char.IsAsciiLetter(d.Term[0]) ? d.Term[..1].ToLowerInvariant() : "other"),
            _ => [],
        };
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"#" and "#top" need no element: browsers scroll to the top.</summary>
    public static bool IsAlwaysValid(string fragment) => fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase);
}
