using System.Net;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace DocsSite.Links;

/// <summary>
/// Rewrites the URL attributes of a raw HTML fragment in place: each attribute's value is found
/// where the tokenizer says the attribute is (not by searching for its text, which may also sit
/// in an <c>alt</c> or another attribute), decoded, rewritten URL by URL (<c>srcset</c> too) and
/// written back encoded. The rest of the fragment is left byte for byte.
/// </summary>
internal static class RawHtmlUrls
{
    /// <param name="rewrite">Called for each URL in text order; returns the URL to write.</param>
    /// <returns>The fragment, and whether any URL changed.</returns>
    public static (string Html, bool Changed) Rewrite(string html, Func<string, string> rewrite)
    {
        var spans = new List<(int Start, int End, string Value)>();
        foreach (var (name, value, span) in UrlAttributes(html))
        {
            string written;
            if (name == "srcset")
            {
                written = value;
                var from = 0;
                foreach (var url in SrcSet.Urls(value))
                {
                    var at = written.IndexOf(url, from, StringComparison.Ordinal);
                    var replacement = rewrite(url);
                    if (at < 0) continue;
                    written = written[..at] + replacement + written[(at + url.Length)..];
                    from = at + replacement.Length;
                }
            }
            else
            {
                written = rewrite(value.Trim());
                if (written == value.Trim()) written = value;
            }
            if (written != value) spans.Add((span.Start, span.End, WebUtility.HtmlEncode(written)));
        }
        if (spans.Count == 0) return (html, false);
        var result = new System.Text.StringBuilder(html.Length + 16);
        var last = 0;
        foreach (var (start, end, text) in spans)
        {
            result.Append(html, last, start - last).Append(text);
            last = end;
        }
        return (result.Append(html, last, html.Length - last).ToString(), true);
    }

    /// <summary>Each URL of the fragment's URL attributes with the index where it is written, in text order.</summary>
    public static IReadOnlyList<(string Url, int Index)> Positions(string html)
    {
        var found = new List<(string, int)>();
        foreach (var (name, value, span) in UrlAttributes(html))
        {
            var from = span.Start;
            foreach (var url in name == "srcset" ? SrcSet.Urls(value) : [value.Trim()])
            {
                // Written with entities, the URL is not found as decoded: the value's start stands for it.
                var at = url.Length == 0 ? -1 : html.IndexOf(url, from, Math.Max(0, span.End - from), StringComparison.Ordinal);
                found.Add((url, at < 0 ? span.Start : at));
                if (at >= 0) from = at + url.Length;
            }
        }
        return found;
    }

    /// <summary>The URL attributes of the fragment's start tags in text order: name, decoded value, and where the raw value lies.</summary>
    private static IEnumerable<(string Name, string Value, (int Start, int End) Span)> UrlAttributes(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        while (tokenizer.Get() is { Type: not HtmlTokenType.EndOfFile } token)
        {
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.AsTag();
            if (tag.Name is "script" or "style" or "textarea" or "title" && !tag.IsSelfClosing)
                tokenizer.State = tag.Name == "script" ? HtmlParseMode.Script : tag.Name == "style" ? HtmlParseMode.Rawtext : HtmlParseMode.RCData;
            foreach (var attribute in tag.Attributes)
            {
                if (!HtmlScanner.IsUrlAttribute(tag.Name, attribute.Name)) continue;
                // The tokenizer gives the attribute's place; its name is found from there, its value after it.
                var nameAt = html.IndexOf(attribute.Name, Math.Max(0, attribute.Position.Index - 2), StringComparison.OrdinalIgnoreCase);
                if (nameAt >= 0 && ValueSpan(html, nameAt) is { } span) yield return (attribute.Name, attribute.Value, span);
            }
        }
    }

    /// <summary>Where the value of the attribute whose name starts at <paramref name="at"/> lies, quotes excluded.</summary>
    private static (int Start, int End)? ValueSpan(string html, int at)
    {
        var i = at;
        while (i < html.Length && html[i] is not ('=' or '>' or '/') && !char.IsWhiteSpace(html[i])) i++;
        while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
        if (i >= html.Length || html[i] != '=') return null;
        i++;
        while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
        if (i >= html.Length) return null;
        if (html[i] is '"' or '\'')
        {
            var quote = html[i];
            var close = html.IndexOf(quote, i + 1);
            return close < 0 ? null : (i + 1, close);
        }
        var end = i;
        while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] != '>') end++;
        return (i, end);
    }
}
