using DocsSite.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown;

/// <summary>
/// Parses Markdown with a bound on nesting. Markdig refuses more than 128 levels (block
/// quotes, list items, unclosed brackets) with an exception that names no place, at parse
/// or only at render time; DocsSite stops earlier, at <see cref="Limit"/>, with a diagnostic
/// where the limit is passed, and leaves out what lies too deep, so rendering never fails.
/// </summary>
internal static class BoundedMarkdown
{
    /// <summary>Below Markdig's 128, so rendering (which counts its own nesting) has room to spare.</summary>
    public const int Limit = 100;

    /// <param name="map">Maps a 0-based line and column of <paramref name="text"/> to its place in the input file.</param>
    public static MarkdownDocument Parse(string text, Func<int, int, SourceLocation> map, DiagnosticBag diagnostics, Markdig.MarkdownPipeline? pipeline = null)
    {
        pipeline ??= MarkdownPipelines.Site;
        var document = TryParse(text, pipeline);
        var deep = document is null ? null : FirstTooDeep(document);
        if (document is not null && deep is null) return document;

        var firstBad = document is null ? FirstBadOffset(text, pipeline) : 0;
        var (line, column) = deep is { Node: var node } ? (node.Line, node.Column) : new LineMap(text).Locate(firstBad);
        diagnostics.Add(DiagnosticCodes.TooDeep, map(line, column),
            "Markdown", Limit, "block quotes, list items, unclosed `[` or emphasis: deeper nesting would exhaust the stack");

        // Leave out only what is too deep, so the page keeps its front matter, title and later headings.
        // Without a tree, blank the block that fails (spaces keep every offset) and try again, a few times.
        var working = text;
        for (var attempt = 0; document is null && attempt < 8; attempt++)
        {
            working = BlankBlockAt(working, attempt == 0 ? firstBad : FirstBadOffset(working, pipeline));
            document = TryParse(working, pipeline);
        }
        document ??= new MarkdownDocument();
        while (FirstTooDeep(document) is { } tooDeep) document.Remove(tooDeep.Top);
        return document;
    }

    /// <summary>Spaces over the line holding <paramref name="offset"/> and the lines after it, up to the next blank line.</summary>
    private static string BlankBlockAt(string text, int offset)
    {
        var chars = text.ToCharArray();
        var lines = new LineMap(text);
        var line = lines.LineOf(offset);
        for (var i = line; i < lines.Count; i++)
        {
            var start = lines.StartOf(i);
            var end = lines.StartOf(i + 1);
            if (i > line && text.AsSpan(start, end - start).IsWhiteSpace()) break;
            for (var c = start; c < end; c++)
                if (chars[c] is not '\n' and not '\r') chars[c] = ' ';
        }
        return new string(chars);
    }

    private static MarkdownDocument? TryParse(string text, Markdig.MarkdownPipeline pipeline)
    {
        try
        {
            return Markdig.Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>
    /// Markdig gave up without a place: the shortest prefix that fails (throws or is too deep)
    /// ends where the limit is passed. Only failing input pays for the search.
    /// </summary>
    private static int FirstBadOffset(string text, Markdig.MarkdownPipeline pipeline)
    {
        int good = 0, bad = text.Length;
        while (bad - good > 1)
        {
            var middle = good + (bad - good) / 2;
            if (TryParse(text[..middle], pipeline) is { } d && FirstTooDeep(d) is null) good = middle;
            else bad = middle;
        }
        return bad - 1;
    }

    /// <summary>
    /// The first node, in document order, deeper than the limit, and the top-level block that holds it
    /// (iterative: the walk itself must not recurse).
    /// </summary>
    private static (MarkdownObject Node, Block Top)? FirstTooDeep(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth, Block? Top)>();
        stack.Push((document, 0, null));
        while (stack.Count > 0)
        {
            var (node, depth, top) = stack.Pop();
            if (depth > Limit) return (node, top!);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], depth + 1, top ?? container[i]));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1, top));
                    break;
                case ContainerInline inline:
                    for (var child = inline.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, depth + 1, top));
                    break;
            }
        }
        return null;
    }
}
