using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pictures;

namespace DocsSite.Collections;

/// <summary><c>charts</c>: facts' figures on log scales, each mark a link to its fact, drawn by <c>::chart{id="..."}</c>.</summary>
internal sealed class ChartsCollection() : ListCollection<Chart>("charts", "chart", DiagnosticCodes.UnknownChart, ChartReader.Read)
{
    public override IEnumerable<RecordReference> References(SiteData data) =>
        Of(data).Values.SelectMany(c => c.Rows.SelectMany(r => Refs("fact", r.Facts)));

    public override void Validate(SiteData data, DiagnosticBag diagnostics)
    {
        foreach (var chart in Of(data).Values)
            foreach (var row in chart.Rows)
            {
                var marks = ChartMarks.Of(row, data);
                if (marks.Count == 0 && row.Topic is not null)
                    diagnostics.Add(DiagnosticCodes.UnknownPicturePart, row.At, "Chart", chart.Id, row.Kind is null ? "fact with the topic" : $"fact of the kind `{row.Kind}` with the topic", row.Topic,
                        $" The row `{row.Label}` would be empty.");
                foreach (var mark in marks.Where(m => m.Quantity is null))
                    diagnostics.Add(DiagnosticCodes.ChartValueNotNumeric, mark.NamedAt, mark.Fact.Id, mark.Fact.Value is null
                        ? "has no `value`"
                        : $"has the value \"{mark.Fact.Value}\", which is not one figure with a unit (such as \"125 ms\", \"a few minutes\", \"many GB\" or \"7\")");
                var dimension = ChartMarks.Dimension(marks);
                foreach (var mark in marks.Where(m => m.Quantity is { } q && q.Dimension != dimension))
                    diagnostics.Add(DiagnosticCodes.ChartMixedQuantities, mark.NamedAt, mark.Fact.Id, Describe(mark.Quantity!.Dimension), row.Label, Describe(dimension!));
            }
    }

    private static string Describe(string dimension) => dimension switch
    {
        "time" => "a time",
        "size" => "a size",
        "count " => "a plain number",
        _ => $"a number of \"{dimension["count ".Length..]}\"",
    };

    public override IReadOnlyList<EmbedDescriptor> Embeds => field ??= [RecordEmbed("chart", "the chart's", ChartPicture.Render)];
}
