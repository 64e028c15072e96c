using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Pipeline;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Data;

/// <summary>
/// Loads <c>_data/</c>: each collection is <c>name.yml</c> or a folder <c>name/*.yml</c>
/// holding a list of records. Files are read in ordinal path order so that "first
/// definition wins" on duplicates is the same on every machine.
/// </summary>
internal static class DataLoader
{
    public const string Folder = "_data";

    private static readonly string[] Lists = ["sources", "facts", "definitions", "analogies", "faq"];
    private const string ComparisonName = "comparison";

    public static SiteData Load(InputFiles input, DiagnosticBag diagnostics)
    {
        var files = input.DataFiles();
        if (files.Count == 0) return SiteData.Empty;

        var byCollection = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var collection = CollectionOf(path);
            if (collection != ComparisonName && !Lists.Contains(collection))
            {
                var known = Lists.Append(ComparisonName);
                diagnostics.Add(DiagnosticCodes.UnknownDataFile, SourceLocation.WholeFile(path),
                    $"`{path}` is not a known data collection.{Suggest.Hint(collection, known)} Collections: {string.Join(", ", known)}.");
                continue;
            }
            if (!byCollection.TryGetValue(collection, out var list)) byCollection[collection] = list = [];
            list.Add(path);
        }

        List<string> Of(string name) => byCollection.GetValueOrDefault(name) ?? [];
        return new SiteData(
            ReadList(input, Of("sources"), "source", SourceReader.Read, s => s.Id, diagnostics),
            ReadList(input, Of("facts"), "fact", FactReader.Read, f => f.Id, diagnostics),
            ReadList(input, Of("definitions"), "definition", DefinitionReader.Read, d => d.Id, diagnostics),
            ReadList(input, Of("analogies"), "analogy", AnalogyReader.Read, a => a.Id, diagnostics),
            ReadList(input, Of("faq"), "FAQ entry", FaqReader.Read, q => q.Id, diagnostics),
            ReadComparison(input, Of(ComparisonName), diagnostics));
    }

    /// <summary><c>_data/facts.yml</c> and <c>_data/facts/cpu.yml</c> both belong to "facts".</summary>
    private static string CollectionOf(string path)
    {
        var rest = path[(Folder.Length + 1)..];
        var slash = rest.IndexOf('/');
        return slash >= 0 ? rest[..slash] : Path.GetFileNameWithoutExtension(rest);
    }

    private static Dictionary<string, T> ReadList<T>(InputFiles input, List<string> paths, string kind,
        Func<RecordReader, T?> read, Func<T, string> idOf, DiagnosticBag diagnostics) where T : class
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
                source.Report(DiagnosticCodes.WrongType, root, $"`{path}` must hold a list of {kind} records, each starting with `- id:`.");
                continue;
            }
            foreach (var node in sequence.Children)
            {
                if (node is not YamlMappingNode map)
                {
                    source.Report(DiagnosticCodes.WrongType, node, $"Each item must be a {kind} record (a mapping of fields).");
                    continue;
                }
                var reader = new RecordReader(source, map, kind);
                if (InternalErrors.For(path, () => read(reader)) is not { } record) continue;
                var id = idOf(record);
                if (firstAt.TryGetValue(id, out var first))
                {
                    diagnostics.Add(DiagnosticCodes.DuplicateId, reader.AtField("id"),
                        $"Another {kind} already has the id `{id}` ({first}).");
                    continue;
                }
                firstAt[id] = reader.AtField("id");
                records[id] = record;
            }
        }
        return records;
    }

    private static Comparison ReadComparison(InputFiles input, List<string> paths, DiagnosticBag diagnostics)
    {
        if (paths.Count == 0) return Comparison.Empty;
        foreach (var extra in paths.Skip(1))
            diagnostics.Add(DiagnosticCodes.UnknownDataFile, SourceLocation.WholeFile(extra),
                $"The comparison is one document; `{paths[0]}` already holds it.");
        var path = paths[0];
        var text = input.ReadText(path);
        var source = new YamlSource(path, text, 0, diagnostics);
        var root = YamlLoader.Load(text, path, 0, diagnostics);
        if (root is null) return Comparison.Empty;
        if (root is not YamlMappingNode map)
        {
            source.Report(DiagnosticCodes.WrongType, root, "The comparison must be a mapping with `technologies`, `groups` and `dimensions`.");
            return Comparison.Empty;
        }
        return InternalErrors.For(path, () => ComparisonReader.Read(new RecordReader(source, map, "comparison")));
    }
}
