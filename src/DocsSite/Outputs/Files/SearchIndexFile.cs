using System.Buffers;
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

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputDocument> Generate(SiteIndex site, OutputManifest manifest)
    {
        var keywords = site.Data.Definitions.Values.ToDictionary(d => SiteUrls.Term(d.Id), d => string.Join(' ', d.Aliases.Prepend(d.Term)), StringComparer.Ordinal);
        var documents = manifest.Documents.Where(d => d.Page is { Kind: not PageKind.NotFound, Indexed: true } && d.Text is not null)
            .OrderBy(d => d.Destination.Value, StringComparer.Ordinal).ToList();
        // Each page's entry is written as JSON in parallel, into its own slot, so the index keeps its order;
        // its sections never become objects to serialize, and the index is made as UTF-8 once.
        var entries = new byte[documents.Count][];
        Parallel.For(0, documents.Count, () => new ArrayBufferWriter<byte>(16384), (i, _, buffer) =>
        {
            var page = documents[i].Page!;
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                json.WriteString("u", SitePath.Encode(page.Url.TrimStart('/')));
                json.WriteString("t", page.Title);
                json.WriteStartArray("s");
                SearchSections.Read(documents[i].Text!, MaxSectionText, (id, heading, text) =>
                {
                    json.WriteStartArray();
                    json.WriteStringValue(id);
                    json.WriteStringValue(heading);
                    json.WriteStringValue(text);
                    json.WriteEndArray();
                });
                json.WriteEndArray();
                if (keywords.TryGetValue(page.Url, out var k)) json.WriteString("k", k);
                json.WriteEndObject();
            }
            entries[i] = buffer.WrittenSpan.ToArray();
            return buffer;
        }, _ => { });
        var index = new ByteSequenceBuilder().Append("{\"pages\":[");
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0) index.Append(Comma);
            index.Append(entries[i]);
        }
        yield return OutputDocument.Generated(SitePath.File(FileName), index.Append("]}").ToSequence(), "the generated search index");
    }

    private static readonly byte[] Comma = ","u8.ToArray();
}
