using DocsSite.Content;
using DocsSite.Yaml;

namespace DocsSite.Data;

internal static class FaqReader
{
    public static FaqEntry? Read(RecordReader r)
    {
        var id = r.Id();
        var question = r.String("question", required: true);
        var answer = r.Markdown("answer", required: true);
        var terms = r.RefList("terms");
        var dimensions = r.RefList("dimensions");
        var facts = r.RefList("facts");
        var group = r.String("group");
        var order = r.Int("order");
        r.Finish();
        if (id is null || question is null || answer is null) return null;
        return new FaqEntry(id.Value.Value, r.At, question, answer, terms, dimensions, facts)
        {
            Group = string.IsNullOrWhiteSpace(group) ? null : group.Trim(),
            Order = order,
        };
    }
}
