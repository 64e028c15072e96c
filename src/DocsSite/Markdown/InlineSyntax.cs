using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown;

/// <summary>Shared scanning for the bracketed cross-reference syntaxes: <c>[[...]]</c>, <c>[@...]</c>, <c>[=...]</c>.</summary>
internal static class InlineSyntax
{
    /// <summary>
    /// If <paramref name="slice"/> starts with <paramref name="open"/>, returns the text up to
    /// <paramref name="close"/> on the same line and advances past it; otherwise leaves the slice alone.
    /// </summary>
    public static bool TryReadBracketed(ref StringSlice slice, string open, string close, out string content)
    {
        content = "";
        var text = slice.Text;
        var start = slice.Start;
        if (string.CompareOrdinal(text, start, open, 0, open.Length) != 0) return false;
        var from = start + open.Length;
        var end = text.IndexOf(close, from, slice.End - from + 1, StringComparison.Ordinal);
        if (end < 0) return false;
        var inner = text.AsSpan(from, end - from);
        if (inner.IsEmpty || inner.ContainsAny('\n', '\r', '[')) return false;
        content = inner.ToString();
        slice.Start = end + close.Length;
        return true;
    }

    /// <summary>Gives an inline its span, 0-based line and column, as Markdig's own inlines have.</summary>
    public static void Place(Inline inline, InlineProcessor processor, int start, int end)
    {
        inline.Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), 0);
        inline.Span = new Markdig.Syntax.SourceSpan(inline.Span.Start, inline.Span.Start + (end - start) - 1);
        inline.Line = line;
        inline.Column = column;
    }
}
