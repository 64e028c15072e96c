using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pipeline;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Collections;

/// <summary>A collection that is a list of records with ids, each file a YAML list; the first record of an id wins.</summary>
/// <param name="name">The name under <c>_data/</c>.</param>
/// <param name="kind">How messages name one record: "fact", "FAQ entry"; also the kind of id references name.</param>
/// <param name="unknownCode">The code for a reference to an id no record has.</param>
/// <param name="read">Reads one record's fields; null when a required one is missing (already reported).</param>
internal abstract class ListCollection<T>(string name, string kind, DiagnosticDescriptor unknownCode, Func<RecordReader, T?> read)
    : CollectionDescriptor where T : class, IRecord
{
    public override string Name => name;

    public string Kind => kind;

    public override object Empty { get; } = new Dictionary<string, T>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, T> Of(SiteData data) => (IReadOnlyDictionary<string, T>)data[this];

    public override IEnumerable<IdSpace> IdSpaces(SiteData data) => [new IdSpace(Kind, unknownCode, Of(data).Keys.ToHashSet(StringComparer.Ordinal))];

    public override IEnumerable<(string Id, SourceLocation At)> Records(SiteData data) => Of(data).Values.Select(r => (r.Id, r.At));

    public override object Read(IReadOnlyList<string> paths, InputFiles input, DiagnosticBag diagnostics)
    {
        var records = new Dictionary<string, T>(StringComparer.Ordinal);
        var firstAt = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var text = input.ReadText(path);
            var source = new YamlSource(path, text, 0, diagnostics);
            var root = InternalErrors.For(path, () => YamlLoader.Load(text, path, 0, diagnostics));
            if (root is null) continue;
            if (root is not YamlSequenceNode sequence)
            {
                source.Report(DiagnosticCodes.WrongType, root, $"`{path}`", $"a list of {Kind} records, each starting with `- id:`", "");
                continue;
            }
            foreach (var node in sequence.Children)
            {
                if (node is not YamlMappingNode map)
                {
                    source.Report(DiagnosticCodes.WrongType, node, "Each item", $"a {Kind} record (a mapping of fields)", "");
                    continue;
                }
                var reader = new RecordReader(source, map, Kind);
                if (InternalErrors.For(path, () => read(reader)) is not { } record) continue;
                var id = record.Id;
                if (firstAt.TryGetValue(id, out var first))
                {
                    diagnostics.Add(DiagnosticCodes.DuplicateId, reader.AtField("id"), Kind, id, first);
                    continue;
                }
                firstAt[id] = reader.AtField("id");
                records[id] = record;
            }
        }
        return records;
    }

    /// <summary>
    /// <c>::name{id="..."}</c>: one record of this collection drawn inside a page. The id is required and checked
    /// like any reference of this collection's kind; an unknown one (already reported) draws nothing.
    /// </summary>
    /// <param name="whose">How the message for a missing id names it: "the chart's".</param>
    protected EmbedDescriptor RecordEmbed(string name, string whose, Func<T, Rendering.PageRenderContext, string> draw) =>
        new(name, ["id"], new Dictionary<string, string> { ["id"] = Kind },
            (block, ctx) => Of(ctx.Site.Data).TryGetValue(block.Attributes.GetValueOrDefault("id") ?? "", out var record) ? draw(record, ctx) : "")
        {
            Required = ("id", $"it needs {whose} id: `::{name}{{id=\"...\"}}`."),
        };

    protected static IEnumerable<RecordReference> Refs(string kind, IEnumerable<Located<string>> ids) =>
        ids.Select(id => new RecordReference(kind, id));

    protected static IEnumerable<RecordReference> Refs(string kind, params Located<string>?[] ids) =>
        ids.OfType<Located<string>>().Select(id => new RecordReference(kind, id));
}
