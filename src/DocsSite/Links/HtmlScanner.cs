using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DocsSite.Links;

/// <summary>
/// Reads final HTML with AngleSharp, as a browser would: ids and a[name] targets, and
/// every href, src and srcset URL. Links inside an element marked <c>data-no-check</c>
/// are a deliberate exception and are skipped; text in pre and code is never a link.
/// </summary>
internal static class HtmlScanner
{
    public const string OptOut = "data-no-check";

    private static readonly (string Selector, string Attribute)[] Sources =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"),
        ("img[src]", "src"), ("script[src]", "src"), ("source[src]", "src"), ("iframe[src]", "src"),
        ("video[src]", "src"), ("audio[src]", "src"), ("img[srcset]", "srcset"), ("source[srcset]", "srcset"),
    ];

    public static HtmlFacts Scan(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id) ids.Add(id);
            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name) ids.Add(name);
        }
        var links = new List<HtmlLink>();
        foreach (var (selector, attribute) in Sources)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if (element.Closest($"[{OptOut}]") is not null) continue;
                var value = element.GetAttribute(attribute) ?? "";
                var line = element.SourceReference?.Position.Line ?? 0;
                var urls = attribute == "srcset" ? SrcSet.Urls(value) : [value.Trim()];
                foreach (var url in urls) links.Add(new HtmlLink(element.LocalName, attribute, url, line));
            }
        }
        return new HtmlFacts(ids, links);
    }
}
