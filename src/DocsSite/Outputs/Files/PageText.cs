using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace DocsSite.Outputs.Files;

/// <summary>
/// The readable text of a page's <c>&lt;main&gt;</c>, read with AngleSharp's tokenizer (no tree, a
/// fraction of a full parse): text as written, a line break where a block ends, nothing of scripts.
/// </summary>
internal static class PageText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table", "caption",
        "section", "article", "header", "footer", "aside", "nav", "pre", "blockquote", "figure", "figcaption", "details", "summary", "hr",
    };

    public static string OfMain(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        if (start < 0 || end < start) return "";
        var tokenizer = new HtmlTokenizer(new TextSource(html[start..end]), HtmlEntityProvider.Resolver);
        var text = new StringBuilder();
        var skip = 0; // inside script, style or template
        while (tokenizer.Get() is { Type: not HtmlTokenType.EndOfFile } token)
        {
            switch (token.Type)
            {
                case HtmlTokenType.Character when skip == 0:
                    text.Append(token.Data);
                    break;
                case HtmlTokenType.StartTag:
                    var tag = token.AsTag();
                    if (tag.Name is "script" or "style" or "template" && !tag.IsSelfClosing)
                    {
                        skip++;
                        tokenizer.State = tag.Name == "script" ? HtmlParseMode.Script : HtmlParseMode.Rawtext;
                    }
                    else if (Blocks.Contains(tag.Name)) text.Append('\n');
                    break;
                case HtmlTokenType.EndTag:
                    if (token.Name is "script" or "style" or "template") skip = Math.Max(0, skip - 1);
                    else if (Blocks.Contains(token.Name)) text.Append('\n');
                    break;
            }
        }
        return text.ToString();
    }
}
