using System.Text.Json.Nodes;
using DocsSite.Rendering;

namespace DocsSite.OpenData;

/// <summary><c>data/sources.json</c>: the works facts are read in.</summary>
internal sealed class SourcesExport : DataExport
{
    public override string Name => "sources";

    public override JsonNode Export(SiteIndex site) => new JsonArray(site.Data.Sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal)
        .Select(s => (JsonNode?)Object(("id", s.Id), ("title", s.Title), ("publisher", Text(s.Publisher)), ("author", Text(s.Author)),
            ("date", Text(s.Date)), ("retrieved", Text(s.Retrieved)), ("url", Text(s.Url?.Value)), ("notes", Text(s.Notes?.Text))))
        .ToArray());

    public override string Schema => ListSchema("sources", "The works the site's facts are read in.", "\"id\", \"title\"", """
              "id": { "$ref": "#/$defs/id" },
              "title": { "$ref": "#/$defs/text" },
              "publisher": { "$ref": "#/$defs/text" },
              "author": { "$ref": "#/$defs/text" },
              "date": { "$ref": "#/$defs/date", "description": "Published or updated." },
              "retrieved": { "$ref": "#/$defs/date", "description": "When a web source was read." },
              "url": { "type": "string" },
              "notes": { "$ref": "#/$defs/markdown" }
        """);
}
