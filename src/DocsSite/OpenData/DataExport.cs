using System.Text.Json.Nodes;
using DocsSite.Rendering;

namespace DocsSite.OpenData;

/// <summary>
/// One collection published as JSON (<c>data/NAME.json</c>) with the JSON Schema it follows
/// (<c>data/NAME.schema.json</c>). The schemas are the contract for other tools (docs/data.md):
/// a field is added, never renamed or retyped. Markdown fields are exported as written.
/// </summary>
internal abstract class DataExport
{
    public abstract string Name { get; }

    public abstract JsonNode Export(SiteIndex site);

    /// <summary>The JSON Schema (draft 2020-12) of <see cref="Export"/>.</summary>
    public abstract string Schema { get; }

    /// <summary>An object of the fields that have a value: absent, not null, when a record leaves a field out.</summary>
    protected static JsonObject Object(params (string Name, JsonNode? Value)[] fields)
    {
        var result = new JsonObject();
        foreach (var (name, value) in fields)
            if (value is not null and not JsonArray { Count: 0 }) result[name] = value;
        return result;
    }

    protected static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    protected static JsonNode? Text(string? value) => value is null ? null : JsonValue.Create(value);

    /// <summary>The common head of every schema: an array of records with these properties.</summary>
    protected static string ListSchema(string name, string description, string required, string properties) => $$"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "{{name}}.schema.json",
          "title": "{{name}}",
          "description": "{{description}}",
          "type": "array",
          "items": {
            "type": "object",
            "required": [{{required}}],
            "additionalProperties": false,
            "properties": {
        {{properties}}
            }
          },
          "$defs": {
            "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
            "ids": { "type": "array", "items": { "$ref": "#/$defs/id" } },
            "date": { "type": "string", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$" },
            "markdown": { "type": "string", "description": "Markdown with DocsSite's cross-references ([[term]], [@fact], [=fact])." },
            "text": { "type": "string" }
          }
        }
        """;
}
