using System.Text.Json.Nodes;
using DocsSite.Rendering;

namespace DocsSite.OpenData;

/// <summary><c>data/definitions.json</c>: the glossary.</summary>
internal sealed class DefinitionsExport : DataExport
{
    public override string Name => "definitions";

    public override JsonNode Export(SiteIndex site) => new JsonArray(site.Data.Definitions.Values.OrderBy(d => d.Id, StringComparer.Ordinal)
        .Select(d => (JsonNode?)Object(("id", d.Id), ("term", d.Term), ("title", d.Title), ("aliases", Strings(d.Aliases)),
            ("short", d.Short), ("body", Text(d.Body?.Text)), ("related", Strings(d.Related.Select(r => r.Value))),
            ("facts", Strings(d.Facts.Select(f => f.Value))), ("url", Pages.SiteUrls.Term(d.Id))))
        .ToArray());

    public override string Schema => ListSchema("definitions", "The glossary: each term with its short and full definition.",
        "\"id\", \"term\", \"title\", \"short\", \"url\"", """
              "id": { "$ref": "#/$defs/id" },
              "term": { "$ref": "#/$defs/text" },
              "title": { "$ref": "#/$defs/text" },
              "aliases": { "type": "array", "items": { "type": "string" } },
              "short": { "$ref": "#/$defs/text" },
              "body": { "$ref": "#/$defs/markdown" },
              "related": { "$ref": "#/$defs/ids" },
              "facts": { "$ref": "#/$defs/ids" },
              "url": { "type": "string", "pattern": "^/" }
        """);
}
