using System.Text.Json.Nodes;
using DocsSite.Rendering;

namespace DocsSite.OpenData;

/// <summary><c>data/faq.json</c>: questions and answers.</summary>
internal sealed class FaqExport : DataExport
{
    public override string Name => "faq";

    public override JsonNode Export(SiteIndex site) => new JsonArray(site.Data.Faq.Values.OrderBy(q => q.Id, StringComparer.Ordinal)
        .Select(q => (JsonNode?)Object(("id", q.Id), ("question", q.Question), ("answer", q.Answer.Text),
            ("terms", Strings(q.Terms.Select(t => t.Value))), ("dimensions", Strings(q.Dimensions.Select(d => d.Value))),
            ("facts", Strings(q.Facts.Select(f => f.Value)))))
        .ToArray());

    public override string Schema => ListSchema("faq", "Questions readers ask, each answered in Markdown.", "\"id\", \"question\", \"answer\"", """
              "id": { "$ref": "#/$defs/id" },
              "question": { "$ref": "#/$defs/text" },
              "answer": { "$ref": "#/$defs/markdown" },
              "terms": { "$ref": "#/$defs/ids" },
              "dimensions": { "$ref": "#/$defs/ids" },
              "facts": { "$ref": "#/$defs/ids" }
        """);
}
