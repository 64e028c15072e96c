using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Data;

internal static class StackDiagramReader
{
    public static StackDiagram? Read(RecordReader r)
    {
        var id = r.Id();
        var title = r.String("title", required: true);
        var description = r.String("description");
        var columns = SubRecords.Read(r, "stacks", "stack", Column);
        var layers = SubRecords.Read(r, "layers", "layer", Layer);
        r.Finish();
        if (id is null || title is null) return null;
        return new StackDiagram(id.Value.Value, r.At, title, description, columns, layers);
    }

    private static StackColumn? Column(RecordReader r)
    {
        var id = r.Id();
        var label = r.String("label", required: true);
        var term = r.Ref("term");
        r.Finish();
        return id is null || label is null ? null : new StackColumn(id.Value.Value, id.Value.At, label, term);
    }

    private static StackLayer? Layer(RecordReader r)
    {
        var label = r.String("label", required: true);
        var stacks = r.RefList("stacks", required: true);
        var term = r.Ref("term");
        var copies = r.Int("copies") ?? 1;
        if (copies is < 1 or > 4)
        {
            r.Source.Diagnostics.Add(DiagnosticCodes.WrongType, r.AtField("copies"), "`copies`", "a whole number from 1 to 4", "");
            copies = 1;
        }
        var note = r.String("note");
        r.Finish();
        return label is null || stacks.Count == 0 ? null : new StackLayer(r.At, label, stacks, term, copies, note);
    }
}
