using DocsSite.Diagnostics;

namespace DocsSite.Markdown.Snippets;

/// <summary>A page's text with its snippets included, and where each line of it was written.</summary>
internal sealed record ExpandedText(string Text, IReadOnlyList<LineOrigin> Origins)
{
    /// <summary>Markdig's 0-based line and column -> the file, line and column it was written at.</summary>
    public SourceLocation Map(int line, int column)
    {
        var origin = Origins[Math.Clamp(line, 0, Origins.Count - 1)];
        return new SourceLocation(origin.File, origin.Line + 1, Math.Max(0, column - origin.Indent) + 1);
    }
}

/// <summary>A line of <see cref="ExpandedText"/>: its file (relative to the input), 0-based line, and the indentation the include added.</summary>
internal sealed record LineOrigin(string File, int Line, int Indent);
