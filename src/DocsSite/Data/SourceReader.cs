using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Data;

internal static class SourceReader
{
    public static Source? Read(RecordReader r)
    {
        var id = r.Id();
        var title = r.String("title", required: true);
        var source = new Source(id?.Value ?? "", r.At, title ?? "", r.String("publisher"), r.String("author"),
            r.Date("date"), r.Ref("url"), r.Markdown("notes"), r.Date("retrieved"), Kind(r));
        r.Finish();
        return id is null || title is null ? null : source;
    }

    /// <summary>The optional kind, checked against <see cref="SourceKinds.All"/> so a typo cannot silently make a source secondary.</summary>
    private static string? Kind(RecordReader r)
    {
        var kind = r.String("kind");
        if (kind is null || SourceKinds.IsKnown(kind)) return kind;
        r.Source.Report(DiagnosticCodes.UnknownSourceKind, r.Raw("kind")!,
            kind, string.Join(", ", SourceKinds.All), Suggest.Hint(kind, SourceKinds.All));
        return null;
    }
}
