using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Data;

internal static class ChartReader
{
    public static Chart? Read(RecordReader r)
    {
        var id = r.Id();
        var title = r.String("title", required: true);
        var description = r.String("description");
        var rows = SubRecords.Read(r, "rows", "chart row", Row);
        r.Finish();
        if (id is null || title is null) return null;
        return new Chart(id.Value.Value, r.At, title, description, rows);
    }

    private static ChartRow? Row(RecordReader r)
    {
        var label = r.String("label", required: true);
        var facts = r.RefList("facts");
        var topic = r.String("topic");
        var kind = r.String("kind");
        r.Finish();
        if (facts.Count == 0 && topic is null)
        {
            r.Source.Diagnostics.Add(DiagnosticCodes.MissingField, r.At, r.Kind, "facts", "is missing: list the facts to plot, or choose them by `topic`");
            return null;
        }
        return label is null ? null : new ChartRow(r.At, label, facts, topic, kind);
    }
}
