using System.Text.Encodings.Web;
using System.Text.Json;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Outputs.Files;

/// <summary>
/// <c>search-index.json</c> for <c>assets/search.js</c>, read from the rendered pages: each page's
/// title, and its text cut at its headings (so a result leads to the section), without menus,
/// citation markers or reference lists. Glossary terms add their other names as keywords.
/// </summary>
internal sealed class SearchIndexFile : IGeneratedFile
{
    public const string FileName = "search-index.json";

    /// <summary>Each section's text is cut here: enough for a snippet and most words, and the index stays small.</summary>
    public const int MaxSectionText = 600;

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputDocument> Generate(SiteIndex site, OutputManifest manifest)
    {
        var keywords = site.Data.Definitions.Values.ToDictionary(d => SiteUrls.Term(d.Id), d => string.Join(' ', d.Aliases.Prepend(d.Term)), StringComparer.Ordinal);
        var documents = manifest.Documents.Where(d => d.Page is { Kind: not PageKind.NotFound } && d.Text is not null)
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
                ["s"] = SearchSections.Of(documents[i].Text!, MaxSectionText),
            };
            if (keywords.TryGetValue(page.Url, out var k)) entry["k"] = k;
            pages[i] = entry;
        });
        var json = JsonSerializer.Serialize(new Dictionary<string, object> { ["pages"] = pages }, Options);
        yield return OutputDocument.Generated(SitePath.File(FileName), json, "the generated search index");
    }
}
