using System.Text.Json.Nodes;
using DocsSite.Rendering;

namespace DocsSite.OpenData;

/// <summary><c>data/facts.json</c>: every fact, with the pages citing it and whether it is dated.</summary>
internal sealed class FactsExport : DataExport
{
    public override string Name => "facts";

    public override JsonNode Export(SiteIndex site) => new JsonArray(site.Data.Facts.Values.OrderBy(f => f.Id, StringComparer.Ordinal)
        .Select(f => (JsonNode?)Object(
            ("id", f.Id), ("claim", f.Claim.Text), ("value", Text(f.Value)), ("as_of", Text(f.AsOf)), ("horizon", Text(f.Horizon)),
            ("kind", Text(f.ClaimKind?.Value)), ("topic", Text(f.Topic?.Value)),
            ("source", f.Source.Value), ("original", Text(f.Original?.Value)), ("locator", f.Locator), ("tags", Strings(f.Tags)),
            ("note", Text(f.Note?.Text)), ("derived_from", Strings(f.DerivedFrom.Select(d => d.Value))), ("formula", Text(f.Formula)),
            ("disagrees_with", Strings(f.DisagreesWith.Select(d => d.Value))), ("historical", f.Historical ? true : null),
            ("dated", site.Staleness.DatedYear(f, site.Data) is { } year ? year : null),
            ("cited_on", Strings(site.Citations.Of(f.Id).Select(c => c.Page.Url).Distinct()))))
        .ToArray());

    public override string Schema => ListSchema("facts", "Every fact of the site: a claim in the site's words, its figure, dates and source.",
        "\"id\", \"claim\", \"source\", \"locator\"", """
              "id": { "$ref": "#/$defs/id" },
              "claim": { "$ref": "#/$defs/markdown" },
              "value": { "type": "string", "description": "The figure prose shows with [=id]." },
              "as_of": { "$ref": "#/$defs/date", "description": "When the figure held or was measured." },
              "horizon": { "$ref": "#/$defs/date", "description": "For a forecast: the date it looks to." },
              "kind": { "enum": ["measurement", "estimate", "forecast", "event", "statement"] },
              "topic": { "type": "string", "description": "The quantity a figure measures; facts of one topic and kind agree or say they disagree." },
              "source": { "$ref": "#/$defs/id", "description": "The source id (data/sources.json) the fact was read in." },
              "original": { "$ref": "#/$defs/id", "description": "The source that source attributes it to." },
              "locator": { "$ref": "#/$defs/text" },
              "tags": { "type": "array", "items": { "type": "string" } },
              "note": { "$ref": "#/$defs/markdown" },
              "derived_from": { "$ref": "#/$defs/ids", "description": "For a figure the site computed: the facts it is computed from." },
              "formula": { "type": "string", "description": "How it is computed, in words." },
              "disagrees_with": { "$ref": "#/$defs/ids" },
              "historical": { "const": true, "description": "The claim is pinned to its date; it is never dated." },
              "dated": { "type": "integer", "description": "The year of a fact older than the site's threshold on the build date." },
              "cited_on": { "type": "array", "items": { "type": "string", "pattern": "^/" }, "description": "Site paths of the pages citing it." }
        """);
}
