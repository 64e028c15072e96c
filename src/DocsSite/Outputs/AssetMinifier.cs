using System.Text;

namespace DocsSite.Outputs;

/// <summary>
/// Smaller theme assets without a parser: a stylesheet loses its comments and the spaces CSS does
/// not need; a script loses whole-line comments, indentation and blank lines (line breaks stay, so
/// automatic semicolons do not change). The theme's files stay readable; every page loads less.
/// Text inside quotes is never touched; a script with a template literal is left as it is.
/// </summary>
internal static class AssetMinifier
{
    public static string Css(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 1;
                pendingSpace = true;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && output.Length > 0 && !DropsSpaceAfter(output[^1]) && !DropsSpaceBefore(c)) output.Append(' ');
            pendingSpace = false;
            if (c is '"' or '\'')
            {
                var start = i;
                for (i++; i < css.Length && css[i] != c; i++)
                    if (css[i] == '\\') i++;
                output.Append(css, start, Math.Min(i, css.Length - 1) - start + 1);
                continue;
            }
            // "a;}" needs no last semicolon.
            if (c == '}' && output.Length > 0 && output[^1] == ';') output.Length--;
            output.Append(c);
        }
        return output.ToString();
    }

    /// <summary>A space before "(" ("and (min-width...)"), "+" or "-" ("calc(1px + 2px)") and ":" (".a :is(p)") can matter; around these it cannot.</summary>
    private static bool DropsSpaceBefore(char c) => c is '{' or '}' or ';' or ',' or '>' or ')' or '!';

    private static bool DropsSpaceAfter(char c) => c is '{' or '}' or ';' or ',' or '>' or ':' or '(';

    public static string Js(string js)
    {
        if (js.Contains('`')) return js;
        var lines = js.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines) + "\n";
    }
}
