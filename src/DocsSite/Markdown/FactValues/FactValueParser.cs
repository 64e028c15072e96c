using Markdig.Helpers;
using Markdig.Parsers;

namespace DocsSite.Markdown.FactValues;

internal sealed class FactValueParser : InlineParser
{
    public FactValueParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (!InlineSyntax.TryReadBracketed(ref slice, "[=", "]", out var content)) return false;
        var id = content.Trim();
        if (id.Length == 0 || id.Contains(' '))
        {
            slice.Start = start;
            return false;
        }
        var inline = new FactValueInline(id);
        InlineSyntax.Place(inline, processor, start, slice.Start);
        processor.Inline = inline;
        return true;
    }
}
