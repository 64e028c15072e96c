using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.FactValues;

/// <summary><c>[=fact-id]</c>: the fact's value followed by its citation, so no figure is typed by hand.</summary>
internal sealed class FactValueInline(string factId) : LeafInline
{
    public string FactId { get; } = factId;
}
