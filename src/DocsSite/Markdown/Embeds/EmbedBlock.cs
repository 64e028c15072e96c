using Markdig.Parsers;
using Markdig.Syntax;

namespace DocsSite.Markdown.Embeds;

/// <summary>
/// <c>::comparison{dimensions="a b"}</c> on a line of its own: a slice of site data
/// placed in the page. <see cref="Error"/> holds why the line could not be read, if it could not.
/// </summary>
internal sealed class EmbedBlock(BlockParser parser) : LeafBlock(parser)
{
    public string Name { get; set; } = "";

    public IReadOnlyDictionary<string, string> Attributes { get; set; } = new Dictionary<string, string>();

    public string? Error { get; set; }

    /// <summary>The line as written, to point diagnostics at the attribute value at fault.</summary>
    public string Text { get; set; } = "";

    /// <summary>0-based offset in <see cref="Text"/> of each attribute's name and of its value.</summary>
    public IReadOnlyDictionary<string, (int Name, int Value)> Offsets { get; set; } = new Dictionary<string, (int, int)>();

    /// <summary>0-based offset of an attribute's name within <see cref="Text"/>, or 0 if it is not there.</summary>
    public int OffsetOf(string attribute) => Offsets.TryGetValue(attribute, out var at) ? at.Name : 0;

    /// <summary>The ids of an attribute, each with its own 0-based offset in <see cref="Text"/> (a repeated id has two).</summary>
    public IEnumerable<(string Id, int Offset)> IdsAt(string attribute)
    {
        if (!Attributes.TryGetValue(attribute, out var value)) yield break;
        var start = Offsets.TryGetValue(attribute, out var at) ? at.Value : 0;
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && value[i] is ' ' or ',') i++;
            var begin = i;
            while (i < value.Length && value[i] is not (' ' or ',')) i++;
            if (i > begin) yield return (value[begin..i], start + begin);
        }
    }

    /// <summary>Space- or comma-separated ids of an attribute; empty when it is absent.</summary>
    public IReadOnlyList<string> Ids(string attribute) =>
        Attributes.TryGetValue(attribute, out var value)
            ? value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            : [];
}
