using DocsSite.Markdown.Embeds;
using DocsSite.Rendering;

namespace DocsSite.Collections;

/// <summary>
/// A <c>::name{...}</c> embed a collection offers: the attributes it takes, which of them name
/// ids of which kind (checked like any reference), and how it is drawn inside a page.
/// </summary>
/// <param name="References">Attribute -> the kind of id it names (<see cref="IdSpace.Kind"/>).</param>
internal sealed record EmbedDescriptor(
    string Name,
    IReadOnlyList<string> Attributes,
    IReadOnlyDictionary<string, string> References,
    Func<EmbedBlock, PageRenderContext, string> Render)
{
    /// <summary>An attribute that must be there, with the message saying how to write it.</summary>
    public (string Attribute, string Message)? Required { get; init; }
}
