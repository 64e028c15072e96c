using System.Text.Json.Nodes;
using DocsSite.Rendering;

namespace DocsSite.OpenData;

/// <summary><c>data/analogies.json</c>: everyday pictures of technical ideas, with where they break down.</summary>
internal sealed class AnalogiesExport : DataExport
{
    public override string Name => "analogies";

    public override JsonNode Export(SiteIndex site) => new JsonArray(site.Data.Analogies.Values.OrderBy(a => a.Id, StringComparer.Ordinal)
        .Select(a => (JsonNode?)Object(("id", a.Id), ("title", a.Title), ("compares", Strings(a.Compares.Select(c => c.Value))),
            ("mapping", new JsonArray(a.Mapping.Select(m => (JsonNode?)Object(("everyday", m.Everyday), ("technical", m.Technical))).ToArray())),
            ("body", a.Body.Text), ("breaks_down", a.BreaksDown.Text), ("source", Text(a.Source?.Value)), ("original", Text(a.Original?.Value))))
        .ToArray());

    public override string Schema => ListSchema("analogies", "Analogies for technical ideas, with where each stops being true.",
        "\"id\", \"title\", \"body\", \"breaks_down\"", """
              "id": { "$ref": "#/$defs/id" },
              "title": { "$ref": "#/$defs/text" },
              "compares": { "$ref": "#/$defs/ids" },
              "mapping": { "type": "array", "items": { "type": "object", "required": ["everyday", "technical"], "additionalProperties": false,
                "properties": { "everyday": { "type": "string" }, "technical": { "type": "string" } } } },
              "body": { "$ref": "#/$defs/markdown" },
              "breaks_down": { "$ref": "#/$defs/markdown" },
              "source": { "$ref": "#/$defs/id" },
              "original": { "$ref": "#/$defs/id" }
        """);
}
