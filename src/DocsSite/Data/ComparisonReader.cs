using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Data;

/// <summary>Reads <c>comparison.yml</c>: technologies, groups and dimensions with their cells.</summary>
internal static class ComparisonReader
{
    public static Comparison Read(RecordReader r)
    {
        var technologies = ReadList(r, "technologies", "technology", t =>
        {
            var id = t.Id();
            var name = t.String("name", required: true);
            var definition = t.Ref("definition");
            t.Finish();
            return id is null || name is null ? null : new Technology(id.Value.Value, t.At, name, definition);
        });
        var groups = ReadList(r, "groups", "group", g =>
        {
            var id = g.Id();
            var name = g.String("name", required: true);
            g.Finish();
            return id is null || name is null ? null : new ComparisonGroup(id.Value.Value, g.At, name);
        });
        var dimensions = ReadList(r, "dimensions", "dimension", ReadDimension);
        r.Finish();
        return new Comparison(technologies, groups, dimensions);
    }

    private static Dimension? ReadDimension(RecordReader d)
    {
        var id = d.Id();
        var name = d.String("name", required: true);
        var group = d.Ref("group", required: true);
        var cells = new List<ComparisonCell>();
        if (d.Mapping("cells", required: true) is { } map)
        {
            foreach (var (key, value) in map.Children)
            {
                var technology = new Located<string>(((YamlScalarNode)key).Value ?? "", d.Source.At(key));
                if (value is not YamlMappingNode cellMap)
                {
                    d.Source.Report(DiagnosticCodes.WrongType, value, "A cell", "a mapping `{value: ..., facts: [...]}`", "");
                    continue;
                }
                var cell = new RecordReader(d.Source, cellMap, "cell");
                var text = cell.Markdown("value", required: true);
                var facts = cell.RefList("facts");
                cell.Finish();
                if (text is not null) cells.Add(new ComparisonCell(technology, cell.At, text, facts));
            }
        }
        var note = d.Markdown("note");
        d.Finish();
        if (id is null || name is null || group is null) return null;
        return new Dimension(id.Value.Value, d.At, name, group.Value, cells, note);
    }

    private static List<T> ReadList<T>(RecordReader r, string field, string kind, Func<RecordReader, T?> read) where T : class
    {
        var items = new List<T>();
        if (r.Sequence(field, required: true) is not { } sequence) return items;
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode map)
            {
                r.Source.Report(DiagnosticCodes.WrongType, node, $"Each item of `{field}`", $"a {kind} mapping", "");
                continue;
            }
            if (read(new RecordReader(r.Source, map, kind)) is { } item) items.Add(item);
        }
        return items;
    }
}
