using System.Text.Json.Nodes;
using DocsSite.Rendering;

namespace DocsSite.OpenData;

/// <summary><c>data/comparison.json</c>: the comparison matrix, one document.</summary>
internal sealed class ComparisonExport : DataExport
{
    public override string Name => "comparison";

    public override JsonNode Export(SiteIndex site)
    {
        var c = site.Data.Comparison;
        return new JsonObject
        {
            ["technologies"] = new JsonArray(c.Technologies.Select(t => (JsonNode?)Object(("id", t.Id), ("name", t.Name), ("definition", Text(t.Definition?.Value)))).ToArray()),
            ["groups"] = new JsonArray(c.Groups.Select(g => (JsonNode?)Object(("id", g.Id), ("name", g.Name))).ToArray()),
            ["dimensions"] = new JsonArray(c.Dimensions.Select(d =>
            {
                var cells = new JsonObject();
                foreach (var cell in d.Cells)
                    cells[cell.Technology.Value] = Object(("value", cell.Value.Text), ("facts", Strings(cell.Facts.Select(f => f.Value))));
                return (JsonNode?)Object(("id", d.Id), ("name", d.Name), ("group", d.Group.Value), ("cells", cells), ("note", Text(d.Note?.Text)));
            }).ToArray()),
        };
    }

    public override string Schema => """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "comparison.schema.json",
          "title": "comparison",
          "description": "The comparison matrix: technologies as columns, dimensions (in groups) as rows, each cell citing facts.",
          "type": "object",
          "required": ["technologies", "groups", "dimensions"],
          "additionalProperties": false,
          "properties": {
            "technologies": { "type": "array", "items": { "type": "object", "required": ["id", "name"], "additionalProperties": false,
              "properties": { "id": { "$ref": "#/$defs/id" }, "name": { "type": "string" }, "definition": { "$ref": "#/$defs/id" } } } },
            "groups": { "type": "array", "items": { "type": "object", "required": ["id", "name"], "additionalProperties": false,
              "properties": { "id": { "$ref": "#/$defs/id" }, "name": { "type": "string" } } } },
            "dimensions": { "type": "array", "items": { "type": "object", "required": ["id", "name", "group", "cells"], "additionalProperties": false,
              "properties": {
                "id": { "$ref": "#/$defs/id" }, "name": { "type": "string" }, "group": { "$ref": "#/$defs/id" },
                "note": { "type": "string" },
                "cells": { "type": "object", "additionalProperties": { "type": "object", "required": ["value"], "additionalProperties": false,
                  "properties": { "value": { "type": "string" }, "facts": { "type": "array", "items": { "$ref": "#/$defs/id" } } } } }
              } } }
          },
          "$defs": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" } }
        }
        """;
}
