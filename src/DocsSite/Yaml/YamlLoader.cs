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
            diagnostics.Add(refusal, new SourceLocation(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column), parser.RefusalArgs);
        }
        catch (YamlException e) when (TabAt(text, e) is var (line, column))
        {
            // YamlDotNet reports a tab at the start of the mapping or scalar it broke; point at the tab itself.
            diagnostics.Add(DiagnosticCodes.YamlSyntax, new SourceLocation(file, line + lineOffset, column),
                "a tab indents this line; YAML indents with spaces only.");
        }
        catch (YamlException e)
        {
            var code = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
                ? DiagnosticCodes.DuplicateKey
                : DiagnosticCodes.YamlSyntax;
            var argument = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
                ? e.Message["Duplicate key ".Length..]
                : Clean(e.Message);
            diagnostics.Add(code, new SourceLocation(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column), argument);
        }
        catch (InvalidOperationException)
        {
            var at = scanner.CurrentPosition;
            diagnostics.Add(DiagnosticCodes.YamlSyntax, new SourceLocation(file, (int)at.Line + lineOffset, (int)at.Column),
                "a flow collection ([...] or {...}) is not closed before this point.");
        }
        return null;
    }

    /// <summary>
    /// Where a tab caused the error (1-based line and column), if one did: when YamlDotNet names a tab, the first
    /// tab in a line's indentation from the error's line on, or else the first tab after it; otherwise a tab in
    /// the indentation of the lines the error spans.
    /// </summary>
    private static (int Line, int Column)? TabAt(string text, YamlException e)
    {
        var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var namesTab = e.Message.Contains(" tab", StringComparison.OrdinalIgnoreCase);
        var last = namesTab ? lines.Length - 1 : Math.Min(lines.Length - 1, (int)e.End.Line - 1);
        for (var i = Math.Max(0, (int)e.Start.Line - 1); i <= last; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        if (!namesTab) return null;
        var next = text.IndexOf('\t', (int)Math.Min(e.Start.Index, text.Length));
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
