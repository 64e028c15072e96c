using DocsSite.Cli;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Scaffold;

/// <summary>
/// <c>docssite new KIND ID</c>: writes a blank entry with every required field into the right
/// file, at its place in id order, so that <c>check</c> then lists what is left to fill in.
/// </summary>
internal static class NewEntry
{
    public static int Run(string input, EntryKind kind, string id, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(input))
            return Refuse(error, $"error {DiagnosticCodes.InputNotFound.Code}: {DiagnosticCodes.InputNotFound.Format(input)}");
        if (BadId(kind, id) is { } suggestion)
            return Refuse(error, $"error {DiagnosticCodes.BadId.Code}: {DiagnosticCodes.BadId.Format(id, suggestion)}");
        return kind.Collection is null ? NewPage(input, id, output, error)
            : kind == EntryKind.Dimension ? NewDimension(input, id, output, error)
            : NewRecord(input, kind, id, output, error);
    }

    /// <summary>Null for a valid id; otherwise the id to suggest instead.</summary>
    private static string? BadId(EntryKind kind, string id)
    {
        // A page may sit in a folder: each part of its path is checked like an id.
        var parts = kind == EntryKind.Page ? id.Split('/') : [id];
        if (parts.All(p => RecordReader.IdPattern().IsMatch(p))) return null;
        return string.Join('/', parts.Select(RecordReader.ToId));
    }

    private static int NewRecord(string input, EntryKind kind, string id, TextWriter output, TextWriter error)
    {
        var collection = kind.Collection!;
        var data = Path.Combine(input, DataLoader.Folder);
        var single = Path.Combine(data, collection + ".yml");
        var folder = Path.Combine(data, collection);
        // A collection may be one file, a folder of files, or both: ids are unique across all of them.
        var paths = (File.Exists(single) ? [single] : Array.Empty<string>())
            .Concat(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal) : [])
            .ToList();

        var lists = new List<YamlList>();
        foreach (var path in paths)
        {
            var problems = new DiagnosticBag();
            var list = YamlList.Read(path, Display(path), key: null, problems, out _);
            if (list is null)
                return Unreadable(error, problems, path, $"a list of {kind.Label} records");
            lists.Add(list);
        }
        if (Duplicate(lists, id) is { } taken)
            return Refuse(error, $"{Display(taken.List.Path)}({taken.Record.DashLine},1): error {DiagnosticCodes.DuplicateId.Code}: {DiagnosticCodes.DuplicateId.Format(kind.Label, id, $"line {taken.Record.DashLine}")}");

        YamlList target;
        if (lists.Count == 0)
        {
            Directory.CreateDirectory(data);
            File.WriteAllText(single, "");
            target = YamlList.Read(single, Display(single), null, new DiagnosticBag(), out _)!;
        }
        else if (File.Exists(single))
        {
            target = lists[0];
        }
        else
        {
            // In the folder form, the file holding the nearest smaller id keeps the order across files.
            target = lists.LastOrDefault(l => l.Records.Any(r => string.CompareOrdinal(r.Id, id) < 0)) ?? lists[0];
        }
        var line = target.InsertSorted(id, EntryTemplates.Record(kind, id, target.Indent, []));
        target.Save();
        return Added(output, kind, id, target.Path, line);
    }

    private static int NewDimension(string input, string id, TextWriter output, TextWriter error)
    {
        var path = Path.Combine(input, DataLoader.Folder, "comparison.yml");
        if (!File.Exists(path))
            return Refuse(error, $"docssite: `{Display(path)}` does not exist; a dimension needs the comparison's `technologies` and `groups` first (see CONTRIBUTING.md).");
        var problems = new DiagnosticBag();
        var list = YamlList.Read(path, Display(path), "dimensions", problems, out var root);
        if (list is null)
            return Unreadable(error, problems, path, "a mapping with a `dimensions` list");
        if (Duplicate([list], id) is { } taken)
            return Refuse(error, $"{Display(path)}({taken.Record.DashLine},1): error {DiagnosticCodes.DuplicateId.Code}: {DiagnosticCodes.DuplicateId.Format("comparison dimension", id, $"line {taken.Record.DashLine}")}");
        var technologies = root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("technologies"), out var t) && t is YamlSequenceNode items
            ? items.Children.OfType<YamlMappingNode>()
                .Select(m => m.Children.TryGetValue(new YamlScalarNode("id"), out var v) && v is YamlScalarNode { Value: { } s } ? s : null)
                .OfType<string>().ToList()
            : [];
        // Dimensions are listed in the order the table shows them, so a new one goes last, not by id.
        var line = list.Append(EntryTemplates.Record(EntryKind.Dimension, id, list.Indent, technologies));
        list.Save();
        return Added(output, EntryKind.Dimension, id, path, line);
    }

    private static int NewPage(string input, string id, TextWriter output, TextWriter error)
    {
        var path = Path.Combine(input, id + ".md");
        var index = Path.Combine(input, id, "index.md");
        if (File.Exists(path) || File.Exists(index))
            return Refuse(error, $"{Display(File.Exists(path) ? path : index)}: error {DiagnosticCodes.DuplicateUrl.Code}: {DiagnosticCodes.DuplicateUrl.Format($"The page `{id}`", Display(File.Exists(path) ? path : index), "but that file already exists")}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, EntryTemplates.Page());
        return Added(output, EntryKind.Page, id, path, 2);
    }

    private static (YamlList List, RecordSpan Record)? Duplicate(IEnumerable<YamlList> lists, string id) =>
        lists.SelectMany(l => l.Records.Where(r => r.Id == id).Select(r => (l, r))).FirstOrDefault() is ({ } list, { } record)
            ? (list, record)
            : null;

    private static int Added(TextWriter output, EntryKind kind, string id, string path, int line)
    {
        output.WriteLine($"{Display(path)}({line},1): added the {kind.Label} `{id}`. Fill in each field left \"\"; `docssite check` names every one still empty.");
        return ExitCodes.Built;
    }

    private static int Unreadable(TextWriter error, DiagnosticBag problems, string path, string shape)
    {
        foreach (var d in problems.Sorted()) error.WriteLine(d);
        if (!problems.HasErrors) error.WriteLine($"{Display(path)}: error {DiagnosticCodes.WrongType.Code}: {DiagnosticCodes.WrongType.Format("The file", shape, "")}");
        error.WriteLine("docssite: nothing was added; fix the file first.");
        return ExitCodes.ContentErrors;
    }

    private static int Refuse(TextWriter error, string message)
    {
        error.WriteLine(message);
        return ExitCodes.UsageError;
    }

    private static string Display(string path) => path.Replace('\\', '/');
}
