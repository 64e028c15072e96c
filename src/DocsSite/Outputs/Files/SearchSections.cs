using System.Net;
using System.Text;

namespace DocsSite.Outputs.Files;

/// <summary>
/// A rendered page cut at its headings for the search index: [id, heading, text] for the part
/// before the first heading and for each heading's section, read from the page's content
/// (<c>&lt;div class="content"&gt;</c> to <c>&lt;/main&gt;</c>) without citation markers, the reference
/// list, navigation, scripts, anchors' hidden labels and table captions.
/// </summary>
/// <remarks>
/// Hand-written scans over the HTML the build itself wrote, with the meaning of the patterns they
/// replace (noted at each), because the regular expressions, and the strings each of their
/// replacements made, cost more than the rest of the index on a site of ten thousand pages.
/// </remarks>
internal static class SearchSections
{
    /// <summary>What is not the page's own text, each up to the first end that follows: a marker goes, the rest leave a space.</summary>
    private static readonly (string Start, bool WordEnd, string End, string Replacement)[] Dropped =
    [
        ("<sup class=\"cite\"", false, "</sup>", ""),
        ("<section class=\"references\"", false, "</section>", " "),
        ("<nav", true, "</nav>", " "),
        ("<script", true, "</script>", " "),
        ("<span class=\"visually-hidden\">", false, "</span>", " "),
        ("<caption>", false, "</caption>", " "),
    ];

    public static List<(string Id, string Heading, string Text)> Of(string html, int maxText)
    {
        var start = html.IndexOf("<div class=\"content\">", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        if (start < 0 || end < start) return [];
        var content = Drop(html, start, end);
        var sections = new List<(string, string, string)>();
        var at = 0;
        string id = "", heading = "";
        var text = new StringBuilder();
        for (var i = content.IndexOf("<h", StringComparison.Ordinal); i >= 0 && i < content.Length;
             i = content.IndexOf("<h", i, StringComparison.Ordinal))
        {
            if (MatchHeading(content, i) is not { } m)
            {
                i++;
                continue;
            }
            Add(sections, id, heading, content, at, i, maxText, text);
            id = m.Id;
            heading = Text(content, m.InnerStart, m.InnerEnd, text);
            at = i = m.End;
        }
        Add(sections, id, heading, content, at, content.Length, maxText, text);
        return sections;
    }

    private static void Add(List<(string, string, string)> sections, string id, string heading, string content, int from, int to, int maxText, StringBuilder scratch)
    {
        var text = Text(content, from, to, scratch);
        if (text.Length > maxText) text = text[..text.LastIndexOf(' ', maxText)];
        if (text.Length == 0 && heading.Length == 0) return;
        sections.Add((id, heading, text));
    }

    /// <summary>
    /// <c>html[start..end]</c> with each dropped part replaced, left to right, a part starting where the
    /// last one ended (as <c>Regex.Replace</c> with the alternation of <see cref="Dropped"/>, each lazy to its end).
    /// </summary>
    private static string Drop(string html, int start, int end)
    {
        var content = html.AsSpan(start, end - start);
        StringBuilder? kept = null;
        var copied = 0;
        for (var i = content.IndexOf('<'); i >= 0 && i < content.Length;)
        {
            var matched = -1;
            foreach (var (open, wordEnd, close, replacement) in Dropped)
            {
                if (!content[i..].StartsWith(open, StringComparison.Ordinal)) continue;
                var after = i + open.Length;
                if (wordEnd && after < content.Length && IsWordChar(content[after])) continue;
                var found = content[after..].IndexOf(close, StringComparison.Ordinal);
                if (found < 0) continue;
                kept ??= new StringBuilder(content.Length);
                kept.Append(content[copied..i]).Append(replacement);
                matched = copied = after + found + close.Length;
                break;
            }
            if (matched < 0) matched = i + 1;
            var next = content[matched..].IndexOf('<');
            i = next < 0 ? -1 : matched + next;
        }
        if (kept is null) return content.ToString();
        return kept.Append(content[copied..]).ToString();
    }

    private readonly record struct HeadingMatch(string Id, int InnerStart, int InnerEnd, int End);

    /// <summary>
    /// The heading that starts at <paramref name="i"/>, as
    /// <c>&lt;h[1-4](?:[^&gt;]*?\bid="(?&lt;id&gt;[^"]*)")?[^&gt;]*&gt;(?&lt;inner&gt;.*?)&lt;/h[1-4]&gt;</c> matches there.
    /// </summary>
    private static HeadingMatch? MatchHeading(string s, int i)
    {
        if (i + 2 >= s.Length || s[i + 2] is < '1' or > '4') return null;
        var nameEnd = i + 3;
        var gt = s.IndexOf('>', nameEnd);
        if (gt < 0) return null;
        // The id group, tried first at each place before the tag's first '>' (lazy), then left out.
        for (var p = nameEnd; p < gt; p++)
        {
            if (s[p] != 'i' || IsWordChar(s[p - 1]) || string.CompareOrdinal(s, p, "id=\"", 0, 4) != 0) continue;
            var quote = s.IndexOf('"', p + 4);
            if (quote < 0) continue;
            var tagEnd = s.IndexOf('>', quote + 1);
            if (tagEnd < 0) continue;
            if (CloseTag(s, tagEnd + 1) is var close && close >= 0)
                return new HeadingMatch(s[(p + 4)..quote], tagEnd + 1, close, close + 5);
        }
        return CloseTag(s, gt + 1) is var end && end >= 0 ? new HeadingMatch("", gt + 1, end, end + 5) : null;
    }

    /// <summary>The first <c>&lt;/h1&gt;</c> to <c>&lt;/h4&gt;</c> from <paramref name="from"/>.</summary>
    private static int CloseTag(string s, int from)
    {
        for (var c = s.IndexOf("</h", from, StringComparison.Ordinal); c >= 0; c = s.IndexOf("</h", c + 1, StringComparison.Ordinal))
            if (c + 4 < s.Length && s[c + 3] is >= '1' and <= '4' && s[c + 4] == '>') return c;
        return -1;
    }

    /// <summary>
    /// The text of <c>s[from..to]</c>: each tag (<c>&lt;[^&gt;]+&gt;</c>) a space, entities decoded, every run of
    /// white space one space, trimmed.
    /// </summary>
    private static string Text(string s, int from, int to, StringBuilder scratch)
    {
        scratch.Clear();
        var span = s.AsSpan(from, to - from);
        var hasEntity = false;
        for (var i = 0; i < span.Length;)
        {
            var c = span[i];
            if (c == '<' && i + 1 < span.Length && span[i + 1] != '>' && span[(i + 1)..].IndexOf('>') is var gt and >= 0)
            {
                scratch.Append(' ');
                i += gt + 2;
                continue;
            }
            hasEntity |= c == '&';
            scratch.Append(c);
            i++;
        }
        var text = scratch.ToString();
        if (hasEntity) text = WebUtility.HtmlDecode(text);
        return Collapse(text, scratch);
    }

    /// <summary>Every run of white space one space (<c>\s+</c>), then trimmed.</summary>
    private static string Collapse(string text, StringBuilder scratch)
    {
        scratch.Clear();
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && scratch.Length > 0) scratch.Append(' ');
            space = false;
            scratch.Append(c);
        }
        return scratch.ToString();
    }

    private static bool IsWordChar(char c) => Rendering.Outline.WordChars.Is(c);
}
