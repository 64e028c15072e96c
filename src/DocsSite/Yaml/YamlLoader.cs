using DocsSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Yaml;

/// <summary>
/// Parses YAML into YamlDotNet's node tree, which keeps a position for every node,
/// and turns every kind of parse failure into a DS1001/DS1007 diagnostic.
/// </summary>
internal static class YamlLoader
{
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after "---").</param>
    public static YamlNode? Load(string text, string file, int lineOffset, DiagnosticBag diagnostics) =>
        Load(text, file, lineOffset, diagnostics, out _);

    /// <param name="failed">True when the text could not be parsed (and a diagnostic says why); false for empty YAML.</param>
    public static YamlNode? Load(string text, string file, int lineOffset, DiagnosticBag diagnostics, out bool failed)
    {
        failed = true;
        // Our own scanner so that a failure without a position (YamlDotNet throws
        // InvalidOperationException for some malformed flow collections) still has one.
        var scanner = new Scanner(new StringReader(text));
        var parser = new GuardedParser(new Parser(scanner));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            failed = false;
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e) when (parser.Refusal is { } refusal)
        {
            diagnostics.Add(refusal, new SourceLocation(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column), e.Message);
        }
        catch (YamlException e) when (e.Message.Contains(" tab", StringComparison.OrdinalIgnoreCase) && TabAt(text, e.Start) is var (line, column))
        {
            // YamlDotNet reports a tab at the start of the mapping or scalar it broke; point at the tab itself.
            diagnostics.Add(DiagnosticCodes.YamlSyntax, new SourceLocation(file, line + lineOffset, column),
                "YAML syntax error: a tab indents this line; YAML indents with spaces only.");
        }
        catch (YamlException e)
        {
            var code = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
                ? DiagnosticCodes.DuplicateKey
                : DiagnosticCodes.YamlSyntax;
            var message = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
                ? $"The key `{e.Message["Duplicate key ".Length..]}` appears twice in the same mapping."
                : $"YAML syntax error: {Clean(e.Message)}";
            diagnostics.Add(code, new SourceLocation(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column), message);
        }
        catch (InvalidOperationException)
        {
            var at = scanner.CurrentPosition;
            diagnostics.Add(DiagnosticCodes.YamlSyntax, new SourceLocation(file, (int)at.Line + lineOffset, (int)at.Column),
                "YAML syntax error: a flow collection ([...] or {...}) is not closed before this point.");
        }
        return null;
    }

    /// <summary>The first tab in a line's indentation at or after <paramref name="from"/>'s line (1-based line and column), or else the first tab after it.</summary>
    private static (int Line, int Column)? TabAt(string text, Mark from)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, (int)from.Line - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        var next = text.IndexOf('\t', (int)Math.Min(from.Index, text.Length));
        if (next < 0) return null;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, next - 1)) + 1;
        return (text.AsSpan(0, next).Count('\n') + 1, next - lineStart + 1);
    }

    private static string Clean(string message)
    {
        var text = message.Trim();
        if (text.StartsWith("While ", StringComparison.Ordinal)) text = "while " + text[6..];
        return text.EndsWith('.') ? text : text + ".";
    }
}
