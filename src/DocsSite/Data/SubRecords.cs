using DocsSite.Diagnostics;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Data;

/// <summary>Reads a field holding a list of mappings (a diagram's layers, a flowchart's steps), each with its own reader.</summary>
internal static class SubRecords
{
    public static List<T> Read<T>(RecordReader r, string field, string kind, Func<RecordReader, T?> read) where T : class
    {
        var items = new List<T>();
        if (r.Sequence(field, required: true) is not { } sequence) return items;
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode map)
            {
                r.Source.Report(DiagnosticCodes.WrongType, node, $"Each item of `{field}`", $"a {kind} (a mapping of fields)", "");
                continue;
            }
            var reader = new RecordReader(r.Source, map, kind);
            if (read(reader) is { } item) items.Add(item);
        }
        if (items.Count == 0 && sequence.Children.Count == 0)
            r.Source.Report(DiagnosticCodes.MissingField, sequence, r.Kind, field, $"must list at least one {kind}");
        return items;
    }

    public static Located<string>? Located(RecordReader r, string field, bool required = false) =>
        r.String(field, required) is { } text ? new Located<string>(text, r.AtField(field)) : null;
}
