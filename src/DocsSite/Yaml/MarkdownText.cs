using DocsSite.Diagnostics;

namespace DocsSite.Yaml;

/// <summary>
/// Markdown held in a YAML field. <see cref="At"/> is where the first character of the
/// text sits in the file, and <see cref="Indent"/> the column its later lines start at,
/// so positions inside the Markdown map back to the YAML file. Folded, plain and quoted
/// scalars join or unescape lines, so for them <see cref="Places"/> gives each character's
/// own place in the file.
/// </summary>
internal sealed record MarkdownText(string Text, SourceLocation At, int Indent)
{
    private LineMap? _lines;

    /// <summary>The place in the file of each character of <see cref="Text"/>, when it is not simply line by line.</summary>
    public IReadOnlyList<SourceLocation>? Places { get; init; }

    /// <summary>Maps a 0-based line and column inside <see cref="Text"/> to the file.</summary>
    public SourceLocation Map(int line, int column)
    {
        if (Places is { Count: > 0 } places)
        {
            _lines ??= new LineMap(Text);
            var index = _lines.StartOf(line) + column;
            return places[Math.Clamp(index, 0, places.Count - 1)];
        }
        return line == 0
            ? At with { Column = At.Column + column }
            : At with { Line = At.Line + line, Column = Indent + column };
    }
}
