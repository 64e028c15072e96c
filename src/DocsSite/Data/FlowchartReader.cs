using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Data;

internal static class FlowchartReader
{
    public static Flowchart? Read(RecordReader r)
    {
        var id = r.Id();
        var title = r.String("title", required: true);
        var description = r.String("description");
        var steps = SubRecords.Read(r, "steps", "flowchart step", Step);
        r.Finish();
        if (id is null || title is null) return null;
        return new Flowchart(id.Value.Value, r.At, title, description, steps);
    }

    private static FlowStep? Step(RecordReader r)
    {
        var id = r.Id();
        var question = r.String("question");
        var outcome = r.String("outcome");
        Located<string>? yes = null, no = null, page = null;
        if (question is not null)
        {
            yes = r.Ref("yes", required: true);
            no = r.Ref("no", required: true);
        }
        else if (outcome is not null)
        {
            page = SubRecords.Located(r, "page");
        }
        else
        {
            r.Source.Diagnostics.Add(DiagnosticCodes.MissingField, r.At, r.Kind, "question", "is missing: a step is a `question` (with `yes` and `no`) or an `outcome` (with an optional `page`)");
        }
        r.Finish();
        var text = question ?? outcome;
        if (id is null || text is null || (question is not null && (yes is null || no is null))) return null;
        return new FlowStep(id.Value.Value, id.Value.At, text, yes, no, page);
    }
}
