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

    /// <summary>0-based offset of an id within <see cref="Text"/>, or 0 if it cannot be found.</summary>
    public int OffsetOf(string attribute, string id)
    {
        var start = Text.IndexOf(attribute + "=", StringComparison.Ordinal);
        var at = start < 0 ? -1 : Text.IndexOf(id, start, StringComparison.Ordinal);
        return at < 0 ? 0 : at;
    }

    /// <summary>Space- or comma-separated ids of an attribute; empty when it is absent.</summary>
    public IReadOnlyList<string> Ids(string attribute) =>
        Attributes.TryGetValue(attribute, out var value)
            ? value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            : [];
}
