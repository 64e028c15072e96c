using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace DocsSite.Markdown.Embeds;

internal sealed partial class EmbedParser : BlockParser
{
    public EmbedParser() => OpeningCharacters = [':'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.ToString();
        // "::" and a letter: ":::" stays a custom container.
        if (text.Length < 3 || text[1] != ':' || !char.IsAsciiLetterLower(text[2])) return BlockState.None;

        var block = new EmbedBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
            Text = text,
        };
        var match = Syntax().Match(text.TrimEnd());
        if (!match.Success)
        {
            block.Name = NameOnly().Match(text).Value;
            block.Error = "write an embed as `::name{key=\"value\"}`, alone on its line.";
        }
        else
        {
            block.Name = match.Groups["name"].Value;
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            var offsets = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            var attrs = match.Groups["attrs"];
            foreach (Match pair in Pair().Matches(attrs.Value))
            {
                attributes[pair.Groups["key"].Value] = pair.Groups["value"].Value;
                offsets[pair.Groups["key"].Value] = (attrs.Index + pair.Groups["key"].Index, attrs.Index + pair.Groups["value"].Index);
            }
            block.Offsets = offsets;
            var leftover = Pair().Replace(match.Groups["attrs"].Value, "").Trim();
            if (leftover.Length > 0) block.Error = $"could not read `{leftover}`: attributes are written key=\"value\".";
            block.Attributes = attributes;
        }
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex("""^::(?<name>[a-z][a-z0-9-]*)(\{(?<attrs>[^}]*)\})?$""")]
    private static partial Regex Syntax();

    [GeneratedRegex("""(?<key>[a-z][a-z0-9-]*)\s*=\s*"(?<value>[^"]*)"\s*""")]
    private static partial Regex Pair();

    [GeneratedRegex("(?<=^::)[a-z][a-z0-9-]*")]
    private static partial Regex NameOnly();
}
