using System.Net;
using System.Text;

namespace DocsSite.Outputs.Files;

/// <summary>
/// The readable text of a page's <c>&lt;main&gt;</c>: one pass over the HTML the build itself wrote
/// (well-formed, quoted attributes), tags dropped, a line break where a block ends, nothing of
/// scripts and styles, entities decoded. A fraction of the cost of a parse, for a thousand pages.
/// </summary>
internal static class PageText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table", "caption",
        "section", "article", "header", "footer", "aside", "nav", "pre", "blockquote", "figure", "figcaption", "details", "summary", "hr",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockNames = Blocks.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic] private static StringBuilder? _buffer;

    public static string OfMain(string html) => OfMainSpan(html).ToString();

    /// <summary><see cref="OfMain"/> without a string of its own: valid until this thread's next call (ten thousand pages' texts are not copied twice).</summary>
    public static ReadOnlySpan<char> OfMainSpan(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        if (start < 0 || end < start) return "";
        // One buffer per thread: the page's text is copied out once, not grown anew for every page.
        var text = _buffer ??= new StringBuilder(16 * 1024);
        text.Clear();
        var i = start;
        while (i < end)
        {
            var lt = html.IndexOf('<', i, end - i);
            if (lt < 0) lt = end;
            text.Append(html, i, lt - i);
            if (lt >= end) break;
            var gt = TagEnd(html, lt, end);
            var name = TagName(html, lt + 1, gt, out var closing);
            if (!closing && (Is(name, "script") || Is(name, "style") || Is(name, "template")))
            {
                var close = html.IndexOf(string.Concat("</", name), gt, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? end : TagEnd(html, close, end) + 1;
                continue;
            }
            if (BlockNames.Contains(name)) text.Append('\n');
            else if (!closing && (Is(name, "td") || Is(name, "th"))) text.Append(" | ");
            i = gt + 1;
        }
        // Entities are decoded over the whole text, as they always were; most pages' text has none.
        var single = default(ReadOnlyMemory<char>);
        var chunks = 0;
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Span.Contains('&')) return WebUtility.HtmlDecode(text.ToString());
            single = chunk;
            chunks++;
        }
        return chunks <= 1 ? single.Span : text.ToString();
    }

    /// <summary>The '>' that ends the tag at <paramref name="lt"/>, past quoted attribute values.</summary>
    private static int TagEnd(string html, int lt, int end)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? end : close + 2;
        }
        char quote = '\0';
        for (var j = lt + 1; j < end; j++)
        {
            var c = html[j];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return j;
        }
        return end;
    }

    /// <summary>The tag's name as written; names compare ignoring case.</summary>
    private static ReadOnlySpan<char> TagName(string html, int from, int to, out bool closing)
    {
        closing = from < to && html[from] == '/';
        var s = closing ? from + 1 : from;
        var e = s;
        while (e < to && char.IsAsciiLetterOrDigit(html[e])) e++;
        return html.AsSpan(s, e - s);
    }

    private static bool Is(ReadOnlySpan<char> name, string known) => name.Equals(known, StringComparison.OrdinalIgnoreCase);
}
