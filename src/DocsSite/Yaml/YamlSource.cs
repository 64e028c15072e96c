using DocsSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Yaml;

/// <summary>One YAML text being read: its file name, where it starts in the file, its lines and the shared diagnostics.</summary>
internal sealed class YamlSource(string file, string text, int lineOffset, DiagnosticBag diagnostics)
{
    // As YamlDotNet counts lines: \r\n, \n or a lone \r.
    private readonly string[] _lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
    private LineMap? _lineMap;

    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(YamlNode node) =>
        new(File, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public void Report(DiagnosticDescriptor descriptor, YamlNode node, params object?[] args) =>
        Diagnostics.Add(descriptor, At(node), args);

    /// <summary>Where a scalar's text starts: block scalars (| and >) start on the next line.</summary>
    public MarkdownText MarkdownOf(YamlScalarNode node)
    {
        var at = At(node);
        var value = node.Value ?? "";
        switch (node.Style)
        {
            case YamlDotNet.Core.ScalarStyle.Literal:
                var firstLine = (int)node.Start.Line; // 1-based; the text starts on the line after the indicator
                var indent = firstLine < _lines.Length ? IndentOf(_lines[firstLine]) + 1 : at.Column;
                return new MarkdownText(value, at with { Line = at.Line + 1, Column = indent }, indent);
            case YamlDotNet.Core.ScalarStyle.Folded:
                var body = text.IndexOf('\n', (int)node.Start.Index) is var newline and >= 0 ? newline + 1 : (int)node.End.Index;
                return Aligned(value, body, (int)node.End.Index, at with { Line = at.Line + 1 });
            case YamlDotNet.Core.ScalarStyle.SingleQuoted:
            case YamlDotNet.Core.ScalarStyle.DoubleQuoted:
                return Aligned(value, (int)node.Start.Index + 1, (int)node.End.Index, at with { Column = at.Column + 1 });
            default:
                return Aligned(value, (int)node.Start.Index, (int)node.End.Index, at);
        }
    }

    /// <summary>
    /// Folding turns line breaks into spaces and quoting unescapes, so a character's place in
    /// the value is not its place in the file: find each one in the raw text, in order.
    /// </summary>
    private MarkdownText Aligned(string value, int from, int to, SourceLocation at)
    {
        const int Window = 64; // past that the raw text holds no such character: keep the last place
        to = Math.Min(to, text.Length);
        var places = new SourceLocation[value.Length];
        var p = Math.Min(from, to);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var q = p;
            while (q < to && q - p < Window && raw(q) != c && !(char.IsWhiteSpace(c) && char.IsWhiteSpace(raw(q)))) q++;
            if (q < to && q - p < Window) p = q;
            places[i] = Place(Math.Min(p, Math.Max(0, text.Length - 1)));
            if (q < to && q - p < Window) p++;
        }
        return new MarkdownText(value, places.Length > 0 ? places[0] : at, at.Column) { Places = places };

        char raw(int index) => text[index];
    }

    private SourceLocation Place(int index)
    {
        _lineMap ??= new LineMap(text);
        var (line, column) = _lineMap.Locate(index);
        return new SourceLocation(File, line + 1 + lineOffset, column + 1);
    }

    private static int IndentOf(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ') i++;
        return i;
    }
}
