using DocsSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Yaml;

/// <summary>One YAML text being read: its file name, where it starts in the file, its lines and the shared diagnostics.</summary>
internal sealed class YamlSource(string file, string text, int lineOffset, DiagnosticBag diagnostics)
{
    // As YamlDotNet counts lines: \r\n, \n or a lone \r.
    private readonly string[] _lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);

    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(YamlNode node) =>
        new(File, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public void Report(DiagnosticDescriptor descriptor, YamlNode node, string message) =>
        Diagnostics.Add(descriptor, At(node), message);

    /// <summary>Where a scalar's text starts: block scalars (| and >) start on the next line.</summary>
    public MarkdownText MarkdownOf(YamlScalarNode node)
    {
        var at = At(node);
        var value = node.Value ?? "";
        switch (node.Style)
        {
            case YamlDotNet.Core.ScalarStyle.Literal:
            case YamlDotNet.Core.ScalarStyle.Folded:
                var firstLine = (int)node.Start.Line; // 1-based; the text starts on the line after the indicator
                var indent = firstLine < _lines.Length ? IndentOf(_lines[firstLine]) + 1 : at.Column;
                return new MarkdownText(value, at with { Line = at.Line + 1, Column = indent }, indent);
            case YamlDotNet.Core.ScalarStyle.SingleQuoted:
            case YamlDotNet.Core.ScalarStyle.DoubleQuoted:
                return new MarkdownText(value, at with { Column = at.Column + 1 }, at.Column);
            default:
                return new MarkdownText(value, at, at.Column);
        }
    }

    private static int IndentOf(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ') i++;
        return i;
    }
}
