using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace DocsSite.Links;

/// <summary>
/// Reads final HTML with AngleSharp's tokenizer (the standard's tokenization, without
/// building a tree, which would cost twice as much on every page): ids and a[name]
/// targets, and every href, src and srcset URL. Links inside an element marked
/// <c>data-no-check</c> are a deliberate exception; text in pre and code is never a link.
/// </summary>
internal static class HtmlScanner
{
    public const string OptOut = "data-no-check";

    /// <summary>The attributes of each element that hold URLs this scanner reads.</summary>
    public static bool IsUrlAttribute(string element, string attribute) =>
        UrlAttributes.TryGetValue(element, out var names) && names.Contains(attribute);

    private static readonly Dictionary<string, string[]> UrlAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"], ["area"] = ["href"], ["link"] = ["href"],
        ["img"] = ["src", "srcset"], ["source"] = ["src", "srcset"], ["script"] = ["src"],
        ["iframe"] = ["src"], ["video"] = ["src"], ["audio"] = ["src"],
    };

    // Elements whose content the tokenizer must read as text, as the tree builder would tell it to.
    private static readonly Dictionary<string, HtmlParseMode> TextModes = new(StringComparer.Ordinal)
    {
        ["script"] = HtmlParseMode.Script, ["style"] = HtmlParseMode.Rawtext, ["xmp"] = HtmlParseMode.Rawtext,
        ["iframe"] = HtmlParseMode.Rawtext, ["noembed"] = HtmlParseMode.Rawtext, ["noframes"] = HtmlParseMode.Rawtext,
        ["textarea"] = HtmlParseMode.RCData, ["title"] = HtmlParseMode.RCData, ["plaintext"] = HtmlParseMode.Plaintext,
    };

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>Every element name the scan treats apart from others, so <see cref="QuickHtmlScanner"/> can share their strings.</summary>
    internal static IReadOnlyList<string> NamesActedOn { get; } =
        [.. UrlAttributes.Keys.Concat(TextModes.Keys).Concat(VoidElements).Append("a").Distinct(StringComparer.Ordinal)];

    internal static bool IsVoid(string? element) => element is not null && VoidElements.Contains(element);

    internal static string[]? UrlAttributesOf(string element) => UrlAttributes.GetValueOrDefault(element);

    internal static HtmlParseMode? TextModeOf(string? element) => element is not null && TextModes.TryGetValue(element, out var mode) ? mode : null;

    /// <summary>The HTML a build writes is read by a quick scan; what it cannot vouch for, by the tokenizer.</summary>
    public static HtmlFacts Scan(string html) => QuickHtmlScanner.TryScan(html) ?? ScanWithTokenizer(html);

    /// <summary>The standard's tokenization, for any HTML.</summary>
    internal static HtmlFacts ScanWithTokenizer(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<HtmlLink>();
        string? exemptTag = null; // the element that opened a data-no-check region, and how deep in it we are
        var exemptDepth = 0;
        while (tokenizer.Get() is { Type: not HtmlTokenType.EndOfFile } token)
        {
            if (token.Type == HtmlTokenType.EndTag && exemptTag == token.Name && --exemptDepth == 0) exemptTag = null;
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.AsTag();
            var name = tag.Name;
            if (TextModes.TryGetValue(name, out var mode) && !tag.IsSelfClosing) tokenizer.State = mode;
            if (tag.GetAttribute("id") is { Length: > 0 } id) ids.Add(id);
            if (name == "a" && tag.GetAttribute("name") is { Length: > 0 } anchor) ids.Add(anchor);

            var opensRegion = !VoidElements.Contains(name) && !tag.IsSelfClosing;
            if (exemptTag == name && opensRegion) exemptDepth++;
            if (exemptTag is null && opensRegion && HasAttribute(tag, OptOut))
            {
                exemptTag = name;
                exemptDepth = 1;
            }
            if (exemptTag is not null || HasAttribute(tag, OptOut) || !UrlAttributes.TryGetValue(name, out var attributes)) continue;
            foreach (var attribute in attributes)
            {
                if (!HasAttribute(tag, attribute)) continue;
                var value = tag.GetAttribute(attribute);
                var urls = attribute == "srcset" ? SrcSet.Urls(value) : [value.Trim()];
                foreach (var url in urls) links.Add(new HtmlLink(name, attribute, url, token.Position.Line));
            }
        }
        return new HtmlFacts(ids, links);
    }

    private static bool HasAttribute(HtmlTagToken tag, string name)
    {
        foreach (var attribute in tag.Attributes)
            if (attribute.Name.Equals(name)) return true;
        return false;
    }
}
