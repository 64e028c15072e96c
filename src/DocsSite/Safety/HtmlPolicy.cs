using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using DocsSite.Diagnostics;

namespace DocsSite.Safety;

/// <summary>
/// The raw HTML content may hold: an allowlist of elements and attributes fit for
/// documentation, read with AngleSharp's tokenizer as a browser reads it (entities decoded,
/// names case-folded). Anything else is reported, never dropped in silence: a reviewer of
/// a pull request should see what was refused and why.
/// </summary>
internal static class HtmlPolicy
{
    public static IReadOnlySet<string> Elements { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "cite", "code", "dd", "del", "details", "dfn", "div", "dl", "dt",
        "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
        "ol", "p", "picture", "pre", "q", "s", "samp", "small", "source", "span", "strong", "sub", "summary", "sup",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "time", "u", "ul", "var", "wbr", "video", "audio", "track",
    };

    public static IReadOnlySet<string> Attributes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "class", "title", "lang", "dir", "hidden", "role",
        "href", "src", "srcset", "sizes", "media", "type", "alt", "width", "height", "loading", "decoding", "poster", "controls",
        "name", "colspan", "rowspan", "scope", "headers", "span", "abbr", "datetime", "cite", "open", "start", "reversed", "value",
        "kind", "srclang", "label", "default",
    };

    /// <summary>Attributes that load or submit something; refused even on allowed elements.</summary>
    private static readonly HashSet<string> UrlCarrying = new(StringComparer.Ordinal)
    {
        "action", "formaction", "background", "lowsrc", "dynsrc", "ping", "srcdoc", "data", "codebase", "archive", "manifest", "xmlns",
    };

    /// <summary>Why some elements are refused, in words a contributor can act on; the rest are simply not on the list.</summary>
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["script"] = "it would run code in every reader's browser",
        ["style"] = "the Content-Security-Policy blocks inline styles; put a class on the element and the rule in the theme's CSS",
        ["iframe"] = "it embeds another site's page",
        ["frame"] = "it embeds another site's page",
        ["object"] = "it embeds a plugin or another document",
        ["embed"] = "it embeds a plugin or another document",
        ["form"] = "a static site has nowhere to send a form",
        ["input"] = "a static site has nowhere to send a form",
        ["button"] = "a static site has nowhere to send a form",
        ["textarea"] = "a static site has nowhere to send a form",
        ["select"] = "a static site has nowhere to send a form",
        ["base"] = "it changes where every link of the page points",
        ["meta"] = "it changes how the whole page loads",
        ["link"] = "it makes the page load another resource",
        ["svg"] = "inline SVG can carry scripts; use it as an image file (`<img src=\"x.svg\">`)",
        ["math"] = "MathML is parsed by different rules and is not checked",
    };

    // Elements whose content the tokenizer must read as text, as a browser's tree builder would tell it to.
    private static readonly Dictionary<string, HtmlParseMode> TextModes = new(StringComparer.Ordinal)
    {
        ["script"] = HtmlParseMode.Script, ["style"] = HtmlParseMode.Rawtext, ["xmp"] = HtmlParseMode.Rawtext,
        ["iframe"] = HtmlParseMode.Rawtext, ["noembed"] = HtmlParseMode.Rawtext, ["noframes"] = HtmlParseMode.Rawtext,
        ["noscript"] = HtmlParseMode.Rawtext, ["textarea"] = HtmlParseMode.RCData, ["title"] = HtmlParseMode.RCData,
        ["plaintext"] = HtmlParseMode.Plaintext,
    };

    public static IReadOnlyList<HtmlProblem> Check(string html)
    {
        var problems = new List<HtmlProblem>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        int? unfinished = null;
        tokenizer.Error += (_, e) =>
        {
            // The tokenizer drops a tag cut off by the end; point at its '<' rather than at the end.
            if (e.Code == (int)HtmlParseError.EOF) unfinished ??= html.LastIndexOf('<') is var lt and >= 0 ? lt : Math.Max(0, e.Position.Index - 1);
        };
        // Inside a refused <svg> or <math>, its own elements (<g>, <path>, <mi> ...) would only repeat the point, once each.
        string? foreign = null;
        var depth = 0;
        while (tokenizer.Get() is { Type: not HtmlTokenType.EndOfFile } token)
        {
            if (foreign is not null)
            {
                if (token.Type is HtmlTokenType.StartTag or HtmlTokenType.EndTag && token.AsTag() is { } inner && inner.Name == foreign)
                    depth += token.Type == HtmlTokenType.EndTag ? -1 : inner.IsSelfClosing ? 0 : 1;
                if (depth == 0) foreign = null;
                continue;
            }
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.AsTag();
            var name = tag.Name;
            if (name is "svg" or "math" && !tag.IsSelfClosing) (foreign, depth) = (name, 1);
            if (TextModes.TryGetValue(name, out var mode) && !tag.IsSelfClosing) tokenizer.State = mode;
            if (!Elements.Contains(name))
            {
                // An element that can load or run something is refused; one that cannot (a `<style>` the
                // policy blocks, a `<password>` placeholder read as a tag) is inert in the output: a warning.
                if (name == "style" || !Reasons.ContainsKey(name))
                {
                    var what = name == "style" ? Reasons[name] : "it is not on the list of elements pages may use, and a browser shows only its text";
                    problems.Add(new HtmlProblem(DiagnosticCodes.InertHtml, token.Position.Index, [$"Raw HTML `<{name}>`", $"{what}. Write `&lt;{name}>` for the text"]));
                    continue;
                }
                problems.Add(new HtmlProblem(DiagnosticCodes.UnsafeHtmlElement, token.Position.Index, [name, Reasons[name]]));
                continue; // the element is refused as a whole; its attributes would only repeat the point
            }
            foreach (var attribute in tag.Attributes) CheckAttribute(name, attribute, problems);
        }
        if (unfinished is { } at)
            problems.Add(new HtmlProblem(DiagnosticCodes.UnfinishedHtml, at,
                []));
        return problems;
    }

    private static void CheckAttribute(string element, HtmlAttributeToken attribute, List<HtmlProblem> problems)
    {
        var name = attribute.Name;
        var index = attribute.Position.Index;
        string? problem = null;
        string? inert = null;
        if (name.StartsWith("on", StringComparison.Ordinal))
            problem = "it is an event handler, which would run code in every reader's browser";
        else if (UrlCarrying.Contains(name) || name.Contains(':'))
            problem = "it names a resource or a namespace the policy does not check";
        else if (name == "style")
            inert = "inline styles are blocked by the Content-Security-Policy (style-src 'self'); put a class on the element and the rule in the theme's CSS";
        else if (!Attributes.Contains(name) && !name.StartsWith("data-", StringComparison.Ordinal) && !name.StartsWith("aria-", StringComparison.Ordinal))
            inert = "it is not on the list of attributes pages may use (see docs/diagnostics.md#raw-html-and-urls)";
        if (problem is not null)
        {
            problems.Add(new HtmlProblem(DiagnosticCodes.UnsafeHtmlAttribute, index, [name, element, problem]));
            return;
        }
        if (inert is not null)
        {
            problems.Add(new HtmlProblem(DiagnosticCodes.InertHtml, index, [$"The attribute `{name}` on `<{element}>`", inert]));
            return;
        }
        var value = attribute.Value;
        IEnumerable<string> urls = name switch
        {
            "href" or "src" or "poster" or "cite" => [value],
            "srcset" => Links.SrcSet.Urls(value),
            _ => [],
        };
        var use = UseOf(element, name);
        foreach (var url in urls)
        {
            if (UrlPolicy.Problem(url, use) is { } why)
                problems.Add(new HtmlProblem(DiagnosticCodes.UnsafeUrl, index, [UrlPolicy.Printable(url.Trim()), $"`<{element} {name}>`", why]));
            else if (UrlPolicy.Blocked(url, use) is { } blocked)
                problems.Add(new HtmlProblem(DiagnosticCodes.BlockedResource, index, [UrlPolicy.Printable(url.Trim()), $"`<{element} {name}>`", blocked]));
        }
    }

    private static UrlUse UseOf(string element, string attribute) => (element, attribute) switch
    {
        ("img", "src") or (_, "srcset") or (_, "poster") => UrlUse.Image,
        ("video" or "audio" or "source" or "track", "src") => UrlUse.Media,
        _ => UrlUse.Link,
    };
}
