using DocsSite.Content;
using DocsSite.Yaml;

namespace DocsSite.Data;

internal static class SourceReader
{
    public static Source? Read(RecordReader r)
    {
        var id = r.Id();
        var title = r.String("title", required: true);
        var source = new Source(id?.Value ?? "", r.At, title ?? "", r.String("publisher"), r.String("author"),
            r.Date("date"), r.Ref("url"), r.Markdown("notes"), r.Date("retrieved"));
        r.Finish();
        return id is null || title is null ? null : source;
    }
}
