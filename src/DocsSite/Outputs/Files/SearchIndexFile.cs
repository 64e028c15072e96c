using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Outputs.Files;

/// <summary>
/// <c>search-index.json</c> for <c>assets/search.js</c>, read from the rendered pages: each page's
/// title, and its text cut at its headings (so a result leads to the section), without menus,
/// citation markers or reference lists. Glossary terms add their other names as keywords.
/// </summary>
internal sealed partial class SearchIndexFile : IGeneratedFile
{
    public const string FileName = "search-index.json";

    /// <summary>Each section's text is cut here: enough for a snippet and most words, and the index stays small.</summary>
    public const int MaxSectionText = 600;

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputDocument> Generate(SiteIndex site, OutputManifest manifest)
    {
        var keywords = site.Data.Definitions.Values.ToDictionary(d => SiteUrls.Term(d.Id), d => string.Join(' ', d.Aliases.Prepend(d.Term)), StringComparer.Ordinal);
        var documents = manifest.Documents.Where(d => d.Page is { Kind: not PageKind.NotFound, Indexed: true } && d.Text is not null)
            .OrderBy(d => d.Destination.Value, StringComparer.Ordinal).ToList();
        // Pages are read in parallel, each into its own slot, so the index keeps its order.
        var pages = new object[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var page = documents[i].Page!;
            var entry = new Dictionary<string, object>
            {
                ["u"] = SitePath.Encode(page.Url.TrimStart('/')),
                ["t"] = page.Title,
                ["s"] = Sections(documents[i].Text!),
            };
            if (keywords.TryGetValue(page.Url, out var k)) entry["k"] = k;
            pages[i] = entry;
        });
        var json = JsonSerializer.Serialize(new Dictionary<string, object> { ["pages"] = pages }, Options);
        yield return OutputDocument.Generated(SitePath.File(FileName), json, "the generated search index");
    }

    /// <summary>[id, heading, text] for the part before the first heading and for each heading's section.</summary>
    private static List<string[]> Sections(string html)
    {
        var start = html.IndexOf("<div class=\"content\">", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        if (start < 0 || end < start) return [];
        var content = Drop().Replace(html[start..end], m => m.Value.StartsWith("<sup", StringComparison.Ordinal) ? "" : " ");
        var sections = new List<string[]>();
        var at = 0;
        string id = "", heading = "";
        foreach (Match m in Heading().Matches(content))
        {
            Add(sections, id, heading, content[at..m.Index]);
            id = m.Groups["id"].Value;
            heading = Text(m.Groups["inner"].Value);
            at = m.Index + m.Length;
        }
        Add(sections, id, heading, content[at..]);
        return sections;
    }

    private static void Add(List<string[]> sections, string id, string heading, string html)
    {
        var text = Text(html);
        if (text.Length > MaxSectionText) text = text[..text.LastIndexOf(' ', MaxSectionText)];
        if (text.Length == 0 && heading.Length == 0) return;
        sections.Add([id, heading, text]);
    }

    private static string Text(string html) => Space().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<h[1-4](?:[^>]*?\\bid=\"(?<id>[^\"]*)\")?[^>]*>(?<inner>.*?)</h[1-4]>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    /// <summary>What is not the page's own text: citation markers, the references, navigation, scripts, anchors' labels.</summary>
    [GeneratedRegex("<sup class=\"cite\".*?</sup>|<section class=\"references\".*?</section>|<nav\\b.*?</nav>|<script\\b.*?</script>|<span class=\"visually-hidden\">.*?</span>|<caption>.*?</caption>", RegexOptions.Singleline)]
    private static partial Regex Drop();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Space();
}
