using Markdig.Helpers;
using Markdig.Parsers;

namespace DocsSite.Markdown.Citations;

internal sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (!InlineSyntax.TryReadBracketed(ref slice, "[@", "]", out var content)) return false;
        if (char.IsWhiteSpace(content[0]))
        {
            slice.Start = start; // "[@ home]" is text, as in Pandoc
            return false;
        }
        var facts = new List<(string, int)>();
        var offset = 2; // past "[@"
        foreach (var part in content.Split(';'))
        {
            var trimmed = part.TrimStart();
            var lead = part.Length - trimmed.Length;
            if (trimmed.StartsWith('@')) { trimmed = trimmed[1..]; lead++; }
            var id = trimmed.TrimEnd();
            if (id.Length == 0 || id.Contains(' '))
            {
                slice.Start = start; // not a citation, e.g. "[@ home]": leave it to other parsers
                return false;
            }
            facts.Add((id, offset + lead));
            offset += part.Length + 1;
        }
        var inline = new CitationInline(facts);
        InlineSyntax.Place(inline, processor, start, slice.Start);
        processor.Inline = inline;
        return true;
    }
}
