using DocsSite.Diagnostics;

namespace DocsSite.Yaml;

/// <summary>
/// Markdown held in a YAML field. <see cref="At"/> is where the first character of the
/// text sits in the file, and <see cref="Indent"/> the column its later lines start at,
/// so positions inside the Markdown map back to the YAML file.
/// </summary>
internal sealed record MarkdownText(string Text, SourceLocation At, int Indent)
{
    /// <summary>Maps a 0-based line and column inside <see cref="Text"/> to the file.</summary>
    public SourceLocation Map(int line, int column) =>
        line == 0
            ? At with { Column = At.Column + column }
            : At with { Line = At.Line + line, Column = Indent + column };
}
