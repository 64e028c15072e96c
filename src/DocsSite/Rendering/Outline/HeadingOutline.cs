using System.Net;
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
    public static (string Html, IReadOnlyList<TocEntryView> Toc) Process(string html)
    {
        var toc = new List<TocEntryView>();
        html = Heading().Replace(html, m =>
        {
            var level = m.Groups["level"].Value[0] - '0';
            var id = m.Groups["id"].Value;
            var inner = m.Groups["inner"].Value;
            var text = PlainText(inner);
            if (level <= 3) toc.Add(new TocEntryView(level, id, text));
            // The anchor sits beside the heading, not in it, so the heading's name stays its text.
            return $"<div class=\"heading\">{m.Value}<a class=\"anchor\" href=\"#{id}\"><span class=\"visually-hidden\">Section titled “{WebUtility.HtmlEncode(text)}”</span></a></div>";
        });
        html = CodeBlock().Replace(html, m => $"<pre data-lang=\"{m.Groups["lang"].Value}\"><code class=\"language-{m.Groups["lang"].Value}");
        return (html, toc);
    }

    /// <summary>A heading's text without its tags, citation markers or entities, for the contents and search.</summary>
    public static string PlainText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Citations().Replace(html, ""), "")).Trim();

    [GeneratedRegex("<h(?<level>[2-4])(?<attrs> [^>]*?)?\\bid=\"(?<id>[^\"]+)\"[^>]*>(?<inner>.*?)</h\\k<level>>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<pre><code class=\"language-(?<lang>[A-Za-z0-9_+#.-]+)")]
    private static partial Regex CodeBlock();

    [GeneratedRegex("<sup class=\"cite\".*?</sup>", RegexOptions.Singleline)]
    private static partial Regex Citations();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
