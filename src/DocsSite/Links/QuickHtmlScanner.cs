using System.Text;

namespace DocsSite.Links;

/// <summary>
/// Reads ids and links as <see cref="HtmlScanner"/> does with the standard's tokenizer, but only
/// for the HTML a build writes: tags with quoted (or plain) attribute values, the common
/// character references, comments, a doctype, and script, style and title text that holds no
/// surprise. Anything else (a carriage return or NUL, a bogus comment, an unknown character
/// reference, an unclosed tag, script text that opens a comment, <c>plaintext</c>, more lines
/// than the tokenizer counts) gives null, and the page is read by the tokenizer instead.
/// </summary>
/// <remarks>
/// The tokenizer costs most of a build's time after rendering: every page's tokens and
/// attributes become objects. This reads the text in place and makes strings only for the
/// ids and URLs it keeps. Tests hold its answers to the tokenizer's on tricky and random HTML.
/// </remarks>
internal static class QuickHtmlScanner
{
    /// <summary>The tokenizer counts lines in 16 bits; past that its numbers wrap, and it is left to it.</summary>
    private const int MaxLine = ushort.MaxValue;

    public static HtmlFacts? TryScan(string html)
    {
        if (html.AsSpan().IndexOfAny('\r', '\0') >= 0) return null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<HtmlLink>();
        var lines = new LineCounter(html);
        var attributes = new List<Attribute>();
        string? exemptTag = null; // the element that opened a data-no-check region, and how deep in it we are
        var exemptDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            var next = html[lt + 1];
            if (next == '!')
            {
                if (SkipMarkup(html, lt) is not { } after) return null;
                i = after;
                continue;
            }
            if (next == '/')
            {
                if (lt + 2 >= html.Length) return null;
                if (html[lt + 2] == '>')
                {
                    i = lt + 3; // "</>" is dropped
                    continue;
                }
                if (!char.IsAsciiLetter(html[lt + 2])) return null; // a bogus comment
                if (ReadTag(html, lt + 2, attributes) is not { } end) return null;
                if (exemptTag is not null && SameName(end.Name(html), exemptTag) && --exemptDepth == 0) exemptTag = null;
                i = end.End;
                continue;
            }
            if (next == '?') return null;
            if (!char.IsAsciiLetter(next))
            {
                i = lt + 1; // a '<' of text
                continue;
            }
            if (ReadTag(html, lt + 1, attributes) is not { } tag) return null;
            var name = Known(tag.Name(html));
            var found = Find(html, attributes);
            if (found.Id >= 0)
            {
                if (Decode(html, attributes[found.Id]) is not { } id) return null;
                if (id.Length > 0) ids.Add(id);
            }
            if (name == "a" && found.Name >= 0)
            {
                if (Decode(html, attributes[found.Name]) is not { } anchor) return null;
                if (anchor.Length > 0) ids.Add(anchor);
            }
            var opensRegion = !tag.SelfClosing && !HtmlScanner.IsVoid(name);
            var optOut = found.OptOut >= 0;
            if (exemptTag is not null && opensRegion && SameName(tag.Name(html), exemptTag)) exemptDepth++;
            if (exemptTag is null && opensRegion && optOut)
            {
                exemptTag = name ?? Lower(tag.Name(html));
                exemptDepth = 1;
            }
            if (exemptTag is null && !optOut && name is not null && HtmlScanner.UrlAttributesOf(name) is { } urlAttributes)
            {
                foreach (var attribute in urlAttributes)
                {
                    var index = attribute switch { "href" => found.Href, "src" => found.Src, _ => found.SrcSet };
                    if (index < 0) continue;
                    if (Decode(html, attributes[index]) is not { } value) return null;
                    var line = lines.LineOf(lt);
                    if (line > MaxLine) return null;
                    if (attribute == "srcset")
                        foreach (var url in SrcSet.Urls(value)) links.Add(new HtmlLink(name, attribute, url, line));
                    else links.Add(new HtmlLink(name, attribute, value.Trim(), line));
                }
            }
            i = tag.End;
            // Text that is not markup up to the element's own end tag, as the tokenizer is told to read it.
            if (!tag.SelfClosing && HtmlScanner.TextModeOf(name) is { } mode)
            {
                if (mode == AngleSharp.Html.Parser.HtmlParseMode.Plaintext) return null;
                if (EndTagOf(html, i, name!) is not { } close) return null;
                if (mode == AngleSharp.Html.Parser.HtmlParseMode.Script && html.AsSpan(i, close - i).Contains("<!--", StringComparison.Ordinal)) return null;
                i = close;
            }
        }
        return new HtmlFacts(ids, links);
    }

    /// <summary>A comment or a doctype starting at <paramref name="lt"/>, and where it ends; null for anything stranger.</summary>
    private static int? SkipMarkup(string html, int lt)
    {
        var rest = html.AsSpan(lt);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            // "<!-->" and "<!--->" end at once; "--!>" and nested "<!--" have rules of their own.
            if (rest.StartsWith("<!-->", StringComparison.Ordinal) || rest.StartsWith("<!--->", StringComparison.Ordinal)) return null;
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            if (close < 0) return null;
            var text = html.AsSpan(lt + 4, close - lt - 4);
            if (text.Contains("--!", StringComparison.Ordinal) || text.Contains("<!-", StringComparison.Ordinal)) return null;
            return close + 3;
        }
        if (rest.Length >= 9 && Ascii.EqualsIgnoreCase(rest[..9], "<!doctype"))
        {
            var gt = html.IndexOf('>', lt);
            return gt < 0 ? null : gt + 1;
        }
        return null;
    }

    /// <summary>Where the end tag of a raw text element (<c>&lt;/title</c> then a space, '/' or '&gt;') starts.</summary>
    private static int? EndTagOf(string html, int from, string name)
    {
        for (var at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 1, StringComparison.Ordinal))
        {
            var after = at + 2 + name.Length;
            if (after >= html.Length) return null;
            if (Ascii.EqualsIgnoreCase(html.AsSpan(at + 2, name.Length), name) && (IsSpace(html[after]) || html[after] is '/' or '>')) return at;
        }
        return null;
    }

    private readonly record struct Attribute(int NameStart, int NameEnd, int ValueStart, int ValueEnd);

    private readonly record struct Tag(int NameStart, int NameEnd, bool SelfClosing, int End)
    {
        public ReadOnlySpan<char> Name(string html) => html.AsSpan(NameStart, NameEnd - NameStart);
    }

    /// <summary>
    /// A start or end tag whose name starts at <paramref name="at"/>, read by the tokenizer's states
    /// (before, in and after an attribute's name and value), its attributes into <paramref name="attributes"/>.
    /// </summary>
    private static Tag? ReadTag(string html, int at, List<Attribute> attributes)
    {
        attributes.Clear();
        var p = at;
        while (p < html.Length && !IsSpace(html[p]) && html[p] is not '/' and not '>') p++;
        var nameEnd = p;
        while (true)
        {
            while (p < html.Length && IsSpace(html[p])) p++;
            if (p >= html.Length) return null;
            switch (html[p])
            {
                case '>':
                    return new Tag(at, nameEnd, false, p + 1);
                case '/':
                    p++;
                    if (p < html.Length && html[p] == '>') return new Tag(at, nameEnd, true, p + 1);
                    continue;
                case '=':
                    return null;
            }
            var attributeName = p;
            while (p < html.Length && !IsSpace(html[p]) && html[p] is not '/' and not '>' and not '=')
            {
                if (html[p] is '"' or '\'' or '<') return null;
                p++;
            }
            var attributeNameEnd = p;
            while (p < html.Length && IsSpace(html[p])) p++;
            if (p >= html.Length) return null;
            if (html[p] != '=')
            {
                attributes.Add(new Attribute(attributeName, attributeNameEnd, p, p)); // no value: ""
                continue;
            }
            p++;
            while (p < html.Length && IsSpace(html[p])) p++;
            if (p >= html.Length) return null;
            var quote = html[p];
            if (quote is '"' or '\'')
            {
                var close = html.IndexOf(quote, p + 1);
                if (close < 0) return null;
                attributes.Add(new Attribute(attributeName, attributeNameEnd, p + 1, close));
                p = close + 1;
                continue;
            }
            if (quote == '>')
            {
                attributes.Add(new Attribute(attributeName, attributeNameEnd, p, p));
                return new Tag(at, nameEnd, false, p + 1);
            }
            var valueStart = p;
            while (p < html.Length && !IsSpace(html[p]) && html[p] != '>')
            {
                if (html[p] is '"' or '\'' or '<' or '=' or '`' or '&') return null;
                p++;
            }
            if (p >= html.Length) return null;
            attributes.Add(new Attribute(attributeName, attributeNameEnd, valueStart, p));
        }
    }

    /// <summary>Where the attributes this scan reads are, each its first of that name (the tokenizer drops later ones); -1 when absent.</summary>
    private readonly record struct Found(int Id, int Name, int Href, int Src, int SrcSet, int OptOut);

    private static Found Find(string html, List<Attribute> attributes)
    {
        int id = -1, name = -1, href = -1, src = -1, srcSet = -1, optOut = -1;
        for (var i = attributes.Count - 1; i >= 0; i--)
        {
            var attribute = html.AsSpan(attributes[i].NameStart, attributes[i].NameEnd - attributes[i].NameStart);
            switch (attribute.Length)
            {
                case 2 when SameName(attribute, "id"): id = i; break;
                case 3 when SameName(attribute, "src"): src = i; break;
                case 4 when SameName(attribute, "href"): href = i; break;
                case 4 when SameName(attribute, "name"): name = i; break;
                case 6 when SameName(attribute, "srcset"): srcSet = i; break;
                case 13 when SameName(attribute, HtmlScanner.OptOut): optOut = i; break;
            }
        }
        return new Found(id, name, href, src, srcSet, optOut);
    }

    /// <summary>
    /// A value with its character references read: the five named ones builds write and numeric ones
    /// of ordinary characters. Null for any other '&amp;', which the tokenizer's tables decide.
    /// </summary>
    private static string? Decode(string html, Attribute attribute)
    {
        var span = html.AsSpan(attribute.ValueStart, attribute.ValueEnd - attribute.ValueStart);
        var amp = span.IndexOf('&');
        if (amp < 0) return span.ToString();
        var text = new StringBuilder(span.Length);
        while (amp >= 0)
        {
            text.Append(span[..amp]);
            span = span[(amp + 1)..];
            var semicolon = span.IndexOf(';');
            if (semicolon <= 0) return null;
            var reference = span[..semicolon];
            if (reference.SequenceEqual("amp")) text.Append('&');
            else if (reference.SequenceEqual("lt")) text.Append('<');
            else if (reference.SequenceEqual("gt")) text.Append('>');
            else if (reference.SequenceEqual("quot")) text.Append('"');
            else if (reference.SequenceEqual("apos")) text.Append('\'');
            else if (Numeric(reference) is { } c) text.Append(c);
            else return null;
            span = span[(semicolon + 1)..];
            amp = span.IndexOf('&');
        }
        return text.Append(span).ToString();
    }

    /// <summary>"#39" or "#x27" as its character, when it is one the tokenizer keeps as it is (no control, surrogate or noncharacter).</summary>
    private static char? Numeric(ReadOnlySpan<char> reference)
    {
        if (reference.Length < 2 || reference[0] != '#') return null;
        var hex = reference[1] is 'x' or 'X';
        var digits = reference[(hex ? 2 : 1)..];
        if (digits.IsEmpty || digits.Length > 6) return null;
        var value = 0;
        foreach (var d in digits)
        {
            var digit = char.IsAsciiDigit(d) ? d - '0' : hex && char.IsAsciiHexDigit(d) ? (d | 0x20) - 'a' + 10 : -1;
            if (digit < 0) return null;
            value = value * (hex ? 16 : 10) + digit;
        }
        return value is >= 0x20 and <= 0x7E or >= 0xA0 and <= 0xD7FF or >= 0xE000 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD ? (char)value : null;
    }

    /// <summary>A name as the tokenizer gives it (ASCII letters lower-cased, nothing else changed) equals <paramref name="lowered"/>.</summary>
    private static bool SameName(ReadOnlySpan<char> name, string lowered)
    {
        if (name.Length != lowered.Length) return false;
        for (var i = 0; i < name.Length; i++)
            if ((char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i]) != lowered[i]) return false;
        return true;
    }

    private static string Lower(ReadOnlySpan<char> name)
    {
        Span<char> lowered = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        for (var i = 0; i < name.Length; i++) lowered[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        return lowered.ToString();
    }

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Names =
        HtmlScanner.NamesActedOn.ToDictionary(n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The element names this scan acts on, as shared strings (no string per tag); null for any other.</summary>
    private static string? Known(ReadOnlySpan<char> name)
    {
        if (name.Length > 16) return null;
        Span<char> lowered = stackalloc char[name.Length];
        for (var i = 0; i < name.Length; i++) lowered[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        return Names.TryGetValue(lowered, out var known) ? known : null;
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f';

    /// <summary>1-based line of a position, counted forward from the last one asked (positions only grow).</summary>
    private sealed class LineCounter(string html)
    {
        private int _at;
        private int _line = 1;

        public int LineOf(int position)
        {
            _line += html.AsSpan(_at, position - _at).Count('\n');
            _at = position;
            return _line;
        }
    }
}
