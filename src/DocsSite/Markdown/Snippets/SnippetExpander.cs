using System.Text;
using System.Text.RegularExpressions;
using DocsSite.Diagnostics;

namespace DocsSite.Markdown.Snippets;

/// <summary>
/// pymdownx.snippets, as MkDocs runs it before Markdown is read: a line <c>--8&lt;-- "file.md"</c>
/// (or a block of file names between two <c>--8&lt;--</c> lines) is replaced by the file's lines, with
/// the line's indentation; <c>file.md:3:9</c> takes lines 3 to 9; <c>;--8&lt;--</c> is the line itself,
/// one <c>;</c> shorter. Included files are expanded in turn. Every line keeps where it was written, so
/// problems in included text are reported in the file it came from.
/// </summary>
internal static partial class SnippetExpander
{
    /// <summary>Snippets within snippets, as deep as this; deeper is reported, as is a file that includes itself.</summary>
    public const int MaxDepth = 8;

    public static bool Mentions(string text) => text.Contains("8<-", StringComparison.Ordinal);

    public static ExpandedText Expand(string path, string text, SnippetSettings settings, DiagnosticBag diagnostics)
    {
        var output = new StringBuilder();
        var origins = new List<LineOrigin>();
        Add(path, text, 0, settings, diagnostics, output, origins, [path]);
        return new ExpandedText(output.ToString(), origins);
    }

    private static void Add(string file, string text, int indent, SnippetSettings settings, DiagnosticBag diagnostics,
        StringBuilder output, List<LineOrigin> origins, List<string> chain, int from = 0, int to = int.MaxValue)
    {
        var lines = text.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0) lines = lines[..^1];
        var pad = new string(' ', indent);
        var inBlock = false;
        for (var i = Math.Max(0, from); i < lines.Length && i <= to; i++)
        {
            var line = lines[i];
            if (inBlock)
            {
                if (BlockMarker().IsMatch(line)) { inBlock = false; continue; }
                var name = line.Trim();
                if (name.Length == 0 || name.StartsWith(';')) continue;
                Include(name, line.IndexOf(name, StringComparison.Ordinal), indent + line.Length - line.TrimStart().Length);
                continue;
            }
            if (Single().Match(line) is { Success: true } single)
            {
                var space = single.Groups["space"].Value;
                if (single.Groups["escape"].Length > 0)
                {
                    // ";--8<--" shows the line itself, one ';' shorter.
                    Emit(space + line[(space.Length + 1)..], i);
                    continue;
                }
                var quoted = single.Groups["snippet"];
                Include(quoted.Value[1..^1], quoted.Index + 1, indent + space.Replace("\t", "    ").Length);
                continue;
            }
            if (BlockMarker().Match(line) is { Success: true } block)
            {
                if (block.Groups["escape"].Length > 0) { Emit(line.Remove(block.Groups["escape"].Index, 1), i); continue; }
                inBlock = true;
                continue;
            }
            Emit(line, i);

            void Include(string name, int column, int innerIndent)
            {
                var at = new SourceLocation(file, i + 1, column + 1);
                var (start, end) = (0, int.MaxValue);
                if (LineRange().Match(name) is { Success: true } range)
                {
                    name = range.Groups["file"].Value;
                    if (range.Groups["start"].Value is { Length: > 0 } s) start = int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) - 1;
                    if (range.Groups["end"].Value is { Length: > 0 } e) end = int.Parse(e, System.Globalization.CultureInfo.InvariantCulture) - 1;
                }
                var (included, full, problem) = SnippetFiles.Read(name, settings);
                var shown = SnippetFiles.Shown(full, settings);
                if (problem is null && chain.Contains(shown)) problem = $"`{shown}` is already being included here ({string.Join(" -> ", chain)}), so it would include itself";
                if (problem is null && chain.Count > MaxDepth) problem = $"snippets are nested more than {MaxDepth} deep here ({string.Join(" -> ", chain)})";
                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticCodes.SnippetNotIncluded, at, name, problem);
                    return;
                }
                chain.Add(shown);
                Add(shown, included!, innerIndent, settings, diagnostics, output, origins, chain, start, end);
                chain.RemoveAt(chain.Count - 1);
            }
        }

        void Emit(string line, int number)
        {
            output.Append(pad).Append(line).Append('\n');
            origins.Add(new LineOrigin(file, number, indent));
        }
    }

    [GeneratedRegex("""^(?<space>[ \t]*)(?<escape>;*)-+8<-+[ \t]+(?<snippet>"(?:\\"|[^"\n])+?"|'(?:\\'|[^'\n])+?')[ \t]*$""")]
    private static partial Regex Single();

    [GeneratedRegex("""^[ \t]*(?<escape>;*)-+8<-+[ \t]*$""")]
    private static partial Regex BlockMarker();

    /// <summary><c>file.md:3:9</c>, <c>file.md:3</c>, <c>file.md::9</c>: a range of lines, 1-based and inclusive.</summary>
    [GeneratedRegex("""^(?<file>.+?):(?<start>\d*)(?::(?<end>\d*))?$""")]
    private static partial Regex LineRange();
}
