using System.Text.RegularExpressions;

namespace DocsSite.Tests.Support;

/// <summary>
/// The words of a source file as a reader of its rendered page sees them, for fingerprinting:
/// link targets, tags, comments, Hugo shortcodes, front matter and roff font escapes and
/// macros are dropped, so a run that spans a link in the source still meets the same run in
/// our prose (which keeps link text only).
/// </summary>
internal static partial class SourceText
{
    public static string Plain(string markup)
    {
        var text = markup.Replace("\r\n", "\n");
        text = FrontMatter().Replace(text, "");
        text = Comment().Replace(text, " ");
        text = Shortcode().Replace(text, " ");
        text = MarkdownLinkTarget().Replace(text, "]");
        text = RstLink().Replace(text, "$1");
        text = Tag().Replace(text, " ");
        text = RoffFont().Replace(text, "");
        text = RoffMacro().Replace(text, "");
        return text;
    }

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\{\{[<%].*?[%>]\}\}", RegexOptions.Singleline)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"\]\([^)\s]*(\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLinkTarget();

    [GeneratedRegex(@"`([^`<]+?)\s*<[^>]+>`_+")]
    private static partial Regex RstLink();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\\f[BIRP]|\\f\(..|\\&")]
    private static partial Regex RoffFont();

    [GeneratedRegex(@"^\.[A-Za-z]+[ \t]?", RegexOptions.Multiline)]
    private static partial Regex RoffMacro();
}
