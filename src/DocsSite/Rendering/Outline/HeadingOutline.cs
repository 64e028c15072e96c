using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocsSite.Rendering.Views;

namespace DocsSite.Rendering.Outline;

/// <summary>
/// Finishes a page body's HTML, whatever drew it (Markdown or a layout): every h2-h4 with an
/// id gets a visible anchor link, h2 and h3 make the page's table of contents, and a code
/// block names its language (<c>data-lang</c>) for the label the stylesheet draws.
/// </summary>
internal static partial class HeadingOutline
{
    [ThreadStatic] private static StringBuilder? _output;

    public static (string Html, IReadOnlyList<TocEntryView> Toc) Process(string html)
    {
        var toc = new List<TocEntryView>();
        // One pass and one buffer per thread: this runs on every page, and each copy of a page is garbage at once.
        var output = _output ??= new StringBuilder(32 * 1024);
        output.Clear();
        var changed = false;
        var copied = 0;
        for (var i = html.IndexOf("<h", StringComparison.Ordinal); i >= 0;)
        {
            if (Heading(html, i) is not { } m)
            {
                i = html.IndexOf("<h", i + 1, StringComparison.Ordinal);
                continue;
            }
            var text = PlainText(html[m.InnerStart..m.InnerEnd]);
            if (m.Level <= 3) toc.Add(new TocEntryView(m.Level, m.Id, text));
            CopyLabellingCode(output, html, copied, i);
            // The anchor sits beside the heading, not in it, so the heading's name stays its text.
            output.Append("<div class=\"heading\">");
            CopyLabellingCode(output, html, i, m.End);
            output.Append("<a class=\"anchor\" href=\"#").Append(m.Id).Append("\"><span class=\"visually-hidden\">Section titled “")
                .Append(WebUtility.HtmlEncode(text)).Append("”</span></a></div>");
            changed = true;
            copied = m.End;
            i = html.IndexOf("<h", m.End, StringComparison.Ordinal);
        }
        changed |= CopyLabellingCode(output, html, copied, html.Length);
        return (changed ? output.ToString() : html, toc);
    }

    private readonly record struct HeadingMatch(int Level, string Id, int InnerStart, int InnerEnd, int End);

    /// <summary>
    /// The heading at <paramref name="i"/> as <c>&lt;h([2-4])( [^&gt;]*?)?\bid="([^"]+)"[^&gt;]*&gt;(.*?)&lt;/h\1&gt;</c> matches
    /// there (a hand-written scan: this runs on every page, and the pattern's replacement copied each one twice).
    /// </summary>
    private static HeadingMatch? Heading(string s, int i)
    {
        // Without the attributes' group, "id" would follow the level's digit, where \b cannot be.
        if (i + 4 >= s.Length || s[i + 2] is < '2' or > '4' || s[i + 3] != ' ') return null;
        var gt = s.IndexOf('>', i + 4);
        if (gt < 0) return null;
        var close = "</h" + s[i + 2] + ">";
        for (var p = i + 4; p < gt; p++)
        {
            if (s[p] != 'i' || WordChars.Is(s[p - 1]) || string.CompareOrdinal(s, p, "id=\"", 0, 4) != 0) continue;
            var quote = s.IndexOf('"', p + 4);
            if (quote <= p + 4) continue; // none, or an empty id
            var tagEnd = s.IndexOf('>', quote + 1);
            if (tagEnd < 0) continue;
            var end = s.IndexOf(close, tagEnd + 1, StringComparison.Ordinal);
            if (end >= 0) return new HeadingMatch(s[i + 2] - '0', s[(p + 4)..quote], tagEnd + 1, end, end + close.Length);
        }
        return null;
    }

    /// <summary>
    /// Copies <c>html[from..to]</c>, a code block naming its language (<c>&lt;pre&gt;&lt;code class="language-(?&lt;lang&gt;[A-Za-z0-9_+#.-]+)</c>)
    /// for the label the stylesheet draws. A language ends at a '&lt;', so none runs across the pieces a page is copied in.
    /// </summary>
    /// <returns>Whether a code block was labelled.</returns>
    private static bool CopyLabellingCode(StringBuilder output, string html, int from, int to)
    {
        const string open = "<pre><code class=\"language-";
        var labelled = false;
        for (var i = html.IndexOf(open, from, to - from, StringComparison.Ordinal); i >= 0;
             i = html.IndexOf(open, from, to - from, StringComparison.Ordinal))
        {
            var lang = i + open.Length;
            var end = lang;
            while (end < to && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '_' or '+' or '#' or '.' or '-')) end++;
            output.Append(html, from, i - from);
            if (end == lang)
            {
                output.Append(html, i, lang - i);
            }
            else
            {
                output.Append("<pre data-lang=\"").Append(html, lang, end - lang).Append("\"><code class=\"language-").Append(html, lang, end - lang);
                labelled = true;
            }
            from = end;
        }
        output.Append(html, from, to - from);
        return labelled;
    }

    /// <summary>A heading's text without its tags, citation markers or entities, for the contents and search.</summary>
    public static string PlainText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Citations().Replace(html, ""), "")).Trim();

    [GeneratedRegex("<sup class=\"cite\".*?</sup>", RegexOptions.Singleline)]
    private static partial Regex Citations();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
