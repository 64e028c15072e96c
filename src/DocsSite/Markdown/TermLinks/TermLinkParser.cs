using Markdig.Helpers;
using Markdig.Parsers;

namespace DocsSite.Markdown.TermLinks;

internal sealed class TermLinkParser : InlineParser
{
    public TermLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (!InlineSyntax.TryReadBracketed(ref slice, "[[", "]]", out var content)) return false;
        var bar = content.IndexOf('|');
        var target = (bar >= 0 ? content[..bar] : content).Trim();
        var text = bar >= 0 ? content[(bar + 1)..].Trim() : null;
        if (target.Length == 0)
        {
            slice.Start = start;
            return false;
        }
        var inline = new TermLinkInline(target, string.IsNullOrEmpty(text) ? null : text);
        InlineSyntax.Place(inline, processor, start, slice.Start);
        processor.Inline = inline;
        return true;
    }
}
