using System.Text.RegularExpressions;
using DocsSite.Diagnostics;
using DocsSite.Links;
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
        // Markdig places a few inlines past their text (a citation in a setext heading's text is put
        // on the underline's line): keep every position on a line and column the text has.
        var lines = new LineMap(text);
        var unclamped = map;
        map = (line, column) =>
        {
            var l = Math.Clamp(line, 0, lines.Count - 1);
            var start = lines.StartOf(l);
            var length = text.AsSpan(start, lines.StartOf(l + 1) - start).TrimEnd("\r\n").Length;
            return unclamped(l, Math.Clamp(column, 0, length));
        };
        var found = new List<(MarkdownObject Node, LinkReference Reference, int Line)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<Located<string>>();
        var citations = new List<Located<string>>();
        var values = new List<Located<string>>();
        var embeds = new List<Located<EmbedBlock>>();
        var exempt = new HashSet<int>(); // 0-based lines whose links are deliberate exceptions
        var forSafety = new List<MarkdownObject>();

        foreach (var node in Markdown.MarkdownNodes.Under(document))
        {
            if (node.TryGetAttributes() is { Id: { Length: > 0 } id }) ids.Add(id);
            if (Safety.MarkdownSafety.Reads(node)) forSafety.Add(node);
            switch (node)
            {
                case LinkInline link when link.Url is not null:
                    found.Add((link, new LinkReference(link.Url, UrlLocation(link), link.IsImage), link.Line));
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
                    var block = html.Lines.ToString();
                    AddHtmlIds(block, ids);
                    // The comment exempts its own line, or the next when it stands alone on its line.
                    for (var l = 0; l < html.Lines.Count; l++)
                    {
                        var line = html.Lines.Lines[l].Slice.ToString();
                        if (line.Contains(NoCheck, StringComparison.Ordinal))
                            exempt.Add(html.Line + l + (line.Trim() == NoCheck ? 1 : 0));
                    }
                    AddRawLinks(html, block, BlockOffsets(html, block));
                    break;
                case HtmlInline html:
                    AddHtmlIds(html.Tag, ids);
                    if (html.Tag.Contains(NoCheck, StringComparison.Ordinal)) exempt.Add(html.Line);
                    AddRawLinks(html, html.Tag, FromOffset(html.Span.Start));
                    break;
            }
        }
        var all = found.Select(f => exempt.Contains(f.Line) ? (f.Node, Reference: f.Reference with { NoCheck = true }) : (f.Node, f.Reference)).ToList();
        var byNode = all.GroupBy(f => f.Node, ReferenceEqualityComparer.Instance)
            .ToDictionary(g => (MarkdownObject)g.Key!, g => (IReadOnlyList<LinkReference>)g.Select(f => f.Reference).ToList());
        var links = all.Where(f => !f.Reference.NoCheck).Select(f => f.Reference).ToList();
        return new MarkdownScan(links, ids, terms, citations, values, embeds, byNode, forSafety);

        // The URLs of raw HTML, each located at its own occurrence in the tag (a repeated URL is not the first one).
        void AddRawLinks(MarkdownObject node, string html, Func<int, int> absolute)
        {
            // Where each URL is written, by its attribute (an alt text or another attribute may hold the same text).
            var places = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
            foreach (var (url, at) in RawHtmlUrls.Positions(html))
            {
                if (!places.TryGetValue(url, out var queue)) places[url] = queue = new Queue<int>();
                queue.Enqueue(at);
            }
            foreach (var link in HtmlScanner.Scan(html).Links)
            {
                var index = places.TryGetValue(link.Url, out var queue) && queue.TryDequeue(out var at) ? at : 0;
                var offset = absolute(index);
                found.Add((node, new LinkReference(link.Url, Locate(offset), link.Element == "img", RawHtml: true), LineOf(offset)));
            }
        }

        // Point at the URL itself rather than the "[" of the link text, where Markdig knows it.
        SourceLocation UrlLocation(LinkInline link)
        {
            if (link.UrlSpan.IsEmpty || link.UrlSpan.Start < 0 || link.UrlSpan.Start >= text.Length)
                return map(link.Line, link.Column);
            return Locate(link.UrlSpan.Start);
        }

        SourceLocation Locate(int offset)
        {
            var (line, column) = lines.Locate(Math.Min(offset, Math.Max(0, text.Length - 1)));
            return map(line, column);
        }

        int LineOf(int offset) => lines.LineOf(Math.Min(offset, Math.Max(0, text.Length - 1)));
    }

    // Made apart from the walk: a lambda written in the loop would cost an allocation for every node, HTML or not.
    private static Func<int, int> BlockOffsets(HtmlBlock html, string joined) => i => LineOffset(html, joined, i);

    private static Func<int, int> FromOffset(int start) => i => start + i;

    /// <summary>The offset in the source of character <paramref name="index"/> of an HTML block's joined lines.</summary>
    private static int LineOffset(HtmlBlock html, string joined, int index)
    {
        var lines = html.Lines;
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            if (index <= start + slice.Length || i == lines.Count - 1) return slice.Start + Math.Max(0, index - start);
            start += slice.Length + 1; // the '\n' that joined the lines
        }
        return html.Span.Start;
    }

    private static void AddHtmlIds(string html, HashSet<string> ids)
    {
        foreach (Match match in HtmlId().Matches(html))
            ids.Add(System.Net.WebUtility.HtmlDecode(match.Groups["id"].Value));
    }

    [GeneratedRegex("""\s(?:id|name)\s*=\s*(?:"(?<id>[^"]*)"|'(?<id>[^']*)'|(?<id>[^\s>"']+))""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlId();
}
