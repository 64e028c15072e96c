using DocsSite.Diagnostics;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Scaffold;

/// <summary>
/// A YAML file holding a list of records, read for its ids and their lines only: a new entry
/// goes in as text, so every other line (comments, quoting, wrapping) stays as written.
/// </summary>
internal sealed class YamlList
{
    private YamlList(string path, List<string> lines, string newline, IReadOnlyList<RecordSpan> records, int indent, int endLine)
    {
        Path = path;
        Lines = lines;
        Newline = newline;
        Records = records;
        Indent = indent;
        EndLine = endLine;
    }

    public string Path { get; }

    public List<string> Lines { get; }

    public string Newline { get; }

    public IReadOnlyList<RecordSpan> Records { get; }

    /// <summary>Spaces before each item's dash.</summary>
    public int Indent { get; }

    /// <summary>The 1-based line after the list's last item (before trailing blank lines and comments).</summary>
    public int EndLine { get; }

    /// <summary>Reads a file whose root is the list, or, with <paramref name="key"/>, the list under that key of the root mapping.</summary>
    public static YamlList? Read(string path, string display, string? key, DiagnosticBag problems, out YamlNode? root)
    {
        var text = File.ReadAllText(path);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        root = YamlLoader.Load(text, display, 0, problems, out var failed);
        if (failed) return null;
        var list = key is null ? root as YamlSequenceNode
            : root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlSequenceNode : null;
        if (list is null)
            return root is null && key is null ? new YamlList(path, lines, newline, [], 0, lines.Count + 1) : null;

        var records = new List<RecordSpan>();
        var indent = 0;
        var last = 0;
        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            var dashLine = (int)item.Start.Line;
            indent = Math.Max(0, (int)item.Start.Column - 3);
            var first = dashLine;
            while (first > 1 && lines[first - 2].TrimStart().StartsWith('#')) first--;
            var id = item.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) && idNode is YamlScalarNode { Value: { } v } ? v : "";
            records.Add(new RecordSpan(id, dashLine, first));
            last = LastLineOf(lines, dashLine, indent);
        }
        return new YamlList(path, lines, newline, records, indent, last + 1);
    }

    /// <summary>Inserts <paramref name="entry"/> before the first record whose id sorts after <paramref name="id"/>, or after the last; returns its 1-based line.</summary>
    public int InsertSorted(string id, IReadOnlyList<string> entry) =>
        Records.FirstOrDefault(r => string.CompareOrdinal(r.Id, id) > 0) is { } next
            ? InsertAt(next.FirstLine, entry, blankAfter: Separated)
            : Append(entry);

    /// <summary>Adds <paramref name="entry"/> after the list's last item.</summary>
    public int Append(IReadOnlyList<string> entry)
    {
        var line = EndLine;
        if (Records.Count == 0) return InsertAt(Math.Min(line, Lines.Count + 1), entry, blankAfter: false);
        return Separated ? InsertAt(line, ["", .. entry], blankAfter: false) + 1 : InsertAt(line, entry, blankAfter: false);
    }

    public void Save() => File.WriteAllText(Path, string.Join(Newline, Lines) + Newline);

    /// <summary>Whether the file leaves a blank line between records (as this repository's files do, so a file of one record is taken to).</summary>
    private bool Separated => Records.Count < 2 || Records.Skip(1).Any(r => r.FirstLine >= 2 && Lines[r.FirstLine - 2].Trim().Length == 0);

    private int InsertAt(int line, IReadOnlyList<string> entry, bool blankAfter)
    {
        List<string> text = blankAfter ? [.. entry, ""] : [.. entry];
        Lines.InsertRange(line - 1, text);
        return line;
    }

    /// <summary>The last line of the record whose dash is on <paramref name="dashLine"/>: the last line indented deeper than the dash.</summary>
    private static int LastLineOf(List<string> lines, int dashLine, int indent)
    {
        var last = dashLine;
        for (var i = dashLine + 1; i <= lines.Count; i++)
        {
            var line = lines[i - 1];
            var text = line.TrimStart();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            if (line.Length - text.Length <= indent) break;
            last = i;
        }
        return last;
    }
}
