using System.Buffers;
using System.Net;
using System.Text;

namespace DocsSite.Outputs.Files;

/// <summary>
/// A rendered page cut at its headings for the search index: [id, heading, text] for the part
/// before the first heading and for each heading's section, read from the page's content
/// (<c>&lt;div class="content"&gt;</c> to <c>&lt;/main&gt;</c>) without citation markers, the reference
/// list, navigation, scripts, anchors' hidden labels, table captions and the last-updated line.
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
        ("<p class=\"updated\"", false, "</p>", " "),
    ];

    /// <summary>Receives one section: its heading's id, the heading's text and the section's text.</summary>
    public delegate void SectionWriter(string id, ReadOnlySpan<char> heading, ReadOnlySpan<char> text);

    [ThreadStatic] private static StringBuilder? _headingBuffer;
    [ThreadStatic] private static StringBuilder? _textBuffer;
    [ThreadStatic] private static char[]? _keptBuffer;

    /// <summary>The sections of a page, in order, each handed over as it is read (no string per section).</summary>
    public static void Read(string html, int maxText, SectionWriter write)
    {
        var start = html.IndexOf("<div class=\"content\">", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        if (start < 0 || end < start) return;
        var content = Drop(html, start, end);
        var heading = _headingBuffer ??= new StringBuilder(256);
        var text = _textBuffer ??= new StringBuilder(4096);
        heading.Clear();
        var at = 0;
        var id = "";
        for (var i = content.IndexOf("<h", StringComparison.Ordinal); i >= 0 && i < content.Length;
             i = IndexOf(content, "<h", i))
        {
            if (MatchHeading(content, i) is not { } m)
            {
                i++;
                continue;
            }
            Section(id, heading, content, at, i, maxText, text, write);
            id = m.Id;
            Text(content, m.InnerStart, m.InnerEnd, heading);
            at = i = m.End;
        }
        Section(id, heading, content, at, content.Length, maxText, text, write);
    }

    /// <summary>A section, unless it has neither heading nor text; its text cut at the last space before <paramref name="maxText"/>.</summary>
    private static void Section(string id, StringBuilder heading, ReadOnlySpan<char> content, int from, int to, int maxText, StringBuilder text, SectionWriter write)
    {
        Text(content, from, to, text, maxText);
        if (text.Length > maxText)
        {
            var cut = maxText;
            while (cut >= 0 && text[cut] != ' ') cut--;
            // A first word longer than the limit is cut at the limit.
            text.Length = cut >= 0 ? cut : maxText;
        }
        if (text.Length == 0 && heading.Length == 0) return;
        write(id, Span(heading), Span(text));
    }

    private static ReadOnlySpan<char> Span(StringBuilder builder)
    {
        foreach (var chunk in builder.GetChunks())
            if (chunk.Length == builder.Length) return chunk.Span;
        return builder.ToString();
    }

    /// <summary>
    /// <c>html[start..end]</c> with each dropped part replaced, left to right, a part starting where the
    /// last one ended (as <c>Regex.Replace</c> with the alternation of <see cref="Dropped"/>, each lazy to its end).
    /// What is kept goes into this thread's buffer, valid until its next call, so no page's content is copied to a string.
    /// </summary>
    private static ReadOnlySpan<char> Drop(string html, int start, int end)
    {
        var content = html.AsSpan(start, end - start);
        var kept = 0;
        var buffer = _keptBuffer ??= new char[16 * 1024];
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
                if (buffer.Length < content.Length) buffer = _keptBuffer = new char[Math.Max(content.Length, buffer.Length * 2)];
                content[copied..i].CopyTo(buffer.AsSpan(kept));
                kept += i - copied;
                replacement.CopyTo(buffer.AsSpan(kept));
                kept += replacement.Length;
                matched = copied = after + found + close.Length;
                break;
            }
            if (matched < 0) matched = i + 1;
            var next = content[matched..].IndexOf('<');
            i = next < 0 ? -1 : matched + next;
        }
        if (copied == 0) return content;
        content[copied..].CopyTo(buffer.AsSpan(kept));
        return buffer.AsSpan(0, kept + content.Length - copied);
    }

    private readonly record struct HeadingMatch(string Id, int InnerStart, int InnerEnd, int End);

    /// <summary>
    /// The heading that starts at <paramref name="i"/>, as
    /// <c>&lt;h[1-4](?:[^&gt;]*?\bid="(?&lt;id&gt;[^"]*)")?[^&gt;]*&gt;(?&lt;inner&gt;.*?)&lt;/h[1-4]&gt;</c> matches there.
    /// </summary>
    private static HeadingMatch? MatchHeading(ReadOnlySpan<char> s, int i)
    {
        if (i + 2 >= s.Length || s[i + 2] is < '1' or > '4') return null;
        var nameEnd = i + 3;
        var gt = IndexOf(s, '>', nameEnd);
        if (gt < 0) return null;
        // The id group, tried first at each place before the tag's first '>' (lazy), then left out.
        for (var p = nameEnd; p < gt; p++)
        {
            if (s[p] != 'i' || IsWordChar(s[p - 1]) || !s[p..].StartsWith("id=\"", StringComparison.Ordinal)) continue;
            var quote = IndexOf(s, '"', p + 4);
            if (quote < 0) continue;
            var tagEnd = IndexOf(s, '>', quote + 1);
            if (tagEnd < 0) continue;
            if (CloseTag(s, tagEnd + 1) is var close && close >= 0)
                return new HeadingMatch(s[(p + 4)..quote].ToString(), tagEnd + 1, close, close + 5);
        }
        return CloseTag(s, gt + 1) is var end && end >= 0 ? new HeadingMatch("", gt + 1, end, end + 5) : null;
    }

    /// <summary>The first <c>&lt;/h1&gt;</c> to <c>&lt;/h4&gt;</c> from <paramref name="from"/>.</summary>
    private static int CloseTag(ReadOnlySpan<char> s, int from)
    {
        for (var c = IndexOf(s, "</h", from); c >= 0; c = IndexOf(s, "</h", c + 1))
            if (c + 4 < s.Length && s[c + 3] is >= '1' and <= '4' && s[c + 4] == '>') return c;
        return -1;
    }

    /// <summary>
    /// The text of <c>s[from..to]</c> into <paramref name="text"/>: each tag (<c>&lt;[^&gt;]+&gt;</c>) a space, entities
    /// decoded, every run of white space (<c>\s+</c>) one space, trimmed. One pass unless there are entities,
    /// which must be decoded before spaces are counted (<c>&amp;nbsp;</c> is one). It stops once the text is longer
    /// than <paramref name="limit"/>: what follows cannot change what comes before, and the section is cut there anyway.
    /// </summary>
    private static void Text(ReadOnlySpan<char> s, int from, int to, StringBuilder text, int limit = int.MaxValue)
    {
        text.Clear();
        var span = s[from..to];
        var space = false;
        for (var i = 0; i < span.Length && text.Length <= limit;)
        {
            // Ordinary characters are copied a word at a time; words are short, so a plain loop beats a vector search.
            var run = i;
            while (run < span.Length && IsOrdinary(span[run])) run++;
            if (run > i)
            {
                if (space && text.Length > 0) text.Append(' ');
                space = false;
                text.Append(span[i..run]);
                i = run;
                continue;
            }
            var c = span[i];
            if (TagLength(span, i) is var tag and > 0)
            {
                space = true;
                i += tag;
                continue;
            }
            if (c == '&')
            {
                Decoded(span, text);
                return;
            }
            i++;
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && text.Length > 0) text.Append(' ');
            space = false;
            text.Append(c);
        }
    }

    /// <summary>Neither white space (as <c>\s</c> and <see cref="char.IsWhiteSpace(char)"/> mean it), nor the start of a tag or an entity.</summary>
    private static bool IsOrdinary(char c) => c > ' ' ? c != '<' && c != '&' && (c < '\u0080' || !char.IsWhiteSpace(c)) : false;

    /// <summary>The length of the tag (<c>&lt;[^&gt;]+&gt;</c>) at <paramref name="i"/>, or 0 where none starts.</summary>
    private static int TagLength(ReadOnlySpan<char> span, int i) =>
        span[i] == '<' && i + 1 < span.Length && span[i + 1] != '>' && span[(i + 1)..].IndexOf('>') is var gt and >= 0 ? gt + 2 : 0;

    /// <summary>The slow way, for text with entities: tags to spaces, then decoded, then spaces collapsed.</summary>
    private static void Decoded(ReadOnlySpan<char> span, StringBuilder text)
    {
        text.Clear();
        for (var i = 0; i < span.Length;)
        {
            if (TagLength(span, i) is var tag and > 0)
            {
                text.Append(' ');
                i += tag;
                continue;
            }
            text.Append(span[i++]);
        }
        var decoded = WebUtility.HtmlDecode(text.ToString());
        text.Clear();
        var space = false;
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && text.Length > 0) text.Append(' ');
            space = false;
            text.Append(c);
        }
    }

    private static bool IsWordChar(char c) => Rendering.Outline.WordChars.Is(c);

    /// <summary>The first <paramref name="value"/> at or after <paramref name="from"/>, as <see cref="string.IndexOf(char, int)"/>.</summary>
    private static int IndexOf(ReadOnlySpan<char> s, char value, int from) => s[from..].IndexOf(value) is var at and >= 0 ? from + at : -1;

    private static int IndexOf(ReadOnlySpan<char> s, string value, int from) =>
        s[from..].IndexOf(value, StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;
}
