using System.Text.RegularExpressions;
using DocsSite.Diagnostics;
using DocsSite.Markdown.Citations;
using DocsSite.Markdown.Embeds;
using DocsSite.Markdown.FactValues;
using DocsSite.Markdown.TermLinks;
using DocsSite.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Pages;

/// <summary>Walks a parsed document once and collects a <see cref="MarkdownScan"/>.</summary>
internal static partial class MarkdownScanner
{
    /// <summary>
    /// <c>&lt;!-- no-check --&gt;</c> exempts the links of its own line (inline) or of the next
    /// line (on a line of its own): a deliberate exception, as markdown-link-check's comments.
    /// </summary>
    public const string NoCheck = "<!-- no-check -->";

    /// <param name="map">Maps Markdig's 0-based line and column to a place in the input file.</param>
    public static MarkdownScan Scan(MarkdownDocument document, string text, Func<int, int, SourceLocation> map)
    {
        var links = new List<(LinkReference Reference, int Line)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<Located<string>>();
        var citations = new List<Located<string>>();
        var values = new List<Located<string>>();
        var embeds = new List<Located<EmbedBlock>>();
        int[]? lineStarts = null;
        var exempt = new HashSet<int>(); // 0-based lines whose links are deliberate exceptions

        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is { Id: { Length: > 0 } id }) ids.Add(id);
            switch (node)
            {
                case LinkInline link when link.Url is not null:
                    links.Add((new LinkReference(link.Url, UrlLocation(link), link.IsImage), link.Line));
                    break;
                case TermLinkInline term:
                    terms.Add(new(term.Target, map(term.Line, term.Column)));
                    break;
                case CitationInline citation:
                    foreach (var (fact, offset) in citation.Facts)
                        citations.Add(new(fact, map(citation.Line, citation.Column + offset)));
                    break;
                case FactValueInline value:
                    values.Add(new(value.FactId, map(value.Line, value.Column + 2)));
                    break;
                case EmbedBlock embed:
                    embeds.Add(new(embed, map(embed.Line, embed.Column)));
                    break;
                case HtmlBlock html:
                    AddHtmlIds(html.Lines.ToString(), ids);
                    if (html.Lines.ToString().Contains(NoCheck, StringComparison.Ordinal)) exempt.Add(html.Line + html.Lines.Count);
                    break;
                case HtmlInline html:
                    AddHtmlIds(html.Tag, ids);
                    if (html.Tag.Contains(NoCheck, StringComparison.Ordinal)) exempt.Add(html.Line);
                    break;
            }
        }
        if (exempt.Count > 0) links.RemoveAll(l => exempt.Contains(l.Line));
        return new MarkdownScan(links.Select(l => l.Reference).ToList(), ids, terms, citations, values, embeds);

        // Point at the URL itself rather than the "[" of the link text, where Markdig knows it.
        SourceLocation UrlLocation(LinkInline link)
        {
            if (link.UrlSpan.IsEmpty || link.UrlSpan.Start < 0 || link.UrlSpan.Start >= text.Length)
                return map(link.Line, link.Column);
            lineStarts ??= LineStarts(text);
            var line = Array.BinarySearch(lineStarts, link.UrlSpan.Start);
            if (line < 0) line = ~line - 1;
            return map(line, link.UrlSpan.Start - lineStarts[line]);
        }
    }

    private static void AddHtmlIds(string html, HashSet<string> ids)
    {
        foreach (Match match in HtmlId().Matches(html))
            ids.Add(System.Net.WebUtility.HtmlDecode(match.Groups["id"].Value));
    }

    /// <summary>Where each line starts; as in Markdig, a lone \r (old Mac files, mixed endings) ends a line too.</summary>
    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))) starts.Add(i + 1);
        return starts.ToArray();
    }

    [GeneratedRegex("""\s(?:id|name)\s*=\s*(?:"(?<id>[^"]*)"|'(?<id>[^']*)'|(?<id>[^\s>"']+))""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlId();
}
