using System.Text;
using DocsSite.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Safety;

/// <summary>
/// Checks one parsed Markdown document (a page or a data field) against <see cref="HtmlPolicy"/>
/// and <see cref="UrlPolicy"/>: its raw HTML, exactly as Markdig will copy it to the output,
/// and the URL of every link, autolink and image. Problems point at the file, line and column.
/// </summary>
internal static class MarkdownSafety
{
    /// <param name="source">The text the document was parsed from; read only when there is something to report.</param>
    /// <param name="map">Maps a 0-based line and column of that text to a place in the input file.</param>
    /// <param name="nodes">The document's nodes that <see cref="Reads"/>, in document order (<see cref="Pages.MarkdownScan.ForSafety"/>, gathered by the scan that reads every page).</param>
    public static void Check(MarkdownDocument document, Func<string> source, Func<int, int, SourceLocation> map, DiagnosticBag diagnostics,
        IReadOnlyList<MarkdownObject> nodes)
    {
        // Offsets are found once the text is at hand: a list of how to compute each from it.
        var found = new List<(DiagnosticDescriptor Code, Func<string, int> Offset, object?[] Args)>();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case HtmlBlock block:
                    CheckBlock(block, found);
                    break;
                case HtmlInline inline:
                    foreach (var p in HtmlPolicy.Check(inline.Tag))
                        found.Add((p.Code, InlineOffsetOf(inline, p.Index), p.Args));
                    break;
                case LinkInline { Url: { } url } link:
                    var use = link.IsImage ? UrlUse.Image : UrlUse.Link;
                    var at = link.UrlSpan.IsEmpty || link.UrlSpan.Start < 0 ? link.Span.Start : link.UrlSpan.Start;
                    if (UrlPolicy.Problem(url, use) is { } why)
                        found.Add((DiagnosticCodes.UnsafeUrl, At(at), [UrlPolicy.Printable(url), link.IsImage ? "an image" : "a link", why]));
                    else if (UrlPolicy.Blocked(url, use) is { } blocked)
                        found.Add((DiagnosticCodes.BlockedResource, At(at), [UrlPolicy.Printable(url), "an image", blocked]));
                    break;
                case AutolinkInline { Url: { } url } auto when !auto.IsEmail:
                    if (UrlPolicy.Problem(url, UrlUse.Link) is { } reason)
                        found.Add((DiagnosticCodes.UnsafeUrl, At(auto.Span.Start + 1), [UrlPolicy.Printable(url), "an autolink", reason]));
                    break;
            }
        }
        // Attributes an attribute list asked for and did not get (event handlers, style, URLs), found while parsing.
        foreach (var problem in Markdown.AttributeLists.AttributeListExtension.ProblemsOf(document))
            found.Add((problem.Code, At(problem.Offset), problem.Args));
        if (found.Count == 0) return;
        var text = source();
        var lines = new LineMap(text);
        foreach (var (code, offset, args) in found)
        {
            var (line, column) = lines.Locate(offset(text));
            diagnostics.Add(code, map(line, column), args);
        }
    }

    /// <summary>The nodes this check looks at: raw HTML, links (and images) and autolinks.</summary>
    public static bool Reads(MarkdownObject node) => node is HtmlBlock or HtmlInline or LinkInline or AutolinkInline;

    // Made apart from the walk: a lambda written in the loop would cost an allocation for every node, problem or not.
    private static Func<string, int> At(int offset) => _ => offset;

    private static Func<string, int> InlineOffsetOf(HtmlInline inline, int index) => text => InlineOffset(text, inline, index);

    /// <summary>
    /// Markdig writes an HTML block as its lines joined by newlines, with the prefixes of
    /// block quotes and list items removed; the check reads the same text, so a tag cannot
    /// hide behind a "&gt; " that the output will not have.
    /// </summary>
    private static void CheckBlock(HtmlBlock block, List<(DiagnosticDescriptor, Func<string, int>, object?[])> found)
    {
        var html = new StringBuilder();
        var offsets = new List<int>();
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            for (var k = slice.Start; k <= slice.End; k++)
            {
                html.Append(slice.Text[k]);
                offsets.Add(k);
            }
            html.Append('\n');
            offsets.Add(slice.End + 1);
        }
        foreach (var p in HtmlPolicy.Check(html.ToString()))
        {
            var offset = offsets.Count == 0 ? block.Span.Start : offsets[Math.Min(p.Index, offsets.Count - 1)];
            found.Add((p.Code, _ => offset, p.Args));
        }
    }

    /// <summary>
    /// Where character <paramref name="index"/> of an inline tag sits in the text. A tag may run
    /// over several lines, and in a block quote or list item the source has prefixes ("&gt; ")
    /// the tag does not: after each line break, skip source characters until they match again.
    /// </summary>
    private static int InlineOffset(string text, HtmlInline inline, int index)
    {
        var tag = inline.Tag;
        var s = inline.Span.Start;
        for (var i = 0; i < index && s < text.Length; i++, s++)
        {
            if (tag[i] != '\n') continue;
            var next = i + 1 < tag.Length ? tag[i + 1] : '\0';
            var lineEnd = text.IndexOf('\n', s + 1);
            var limit = lineEnd < 0 ? text.Length : lineEnd;
            while (s + 1 < limit && text[s + 1] != next) s++;
        }
        return s;
    }
}
