using DocsSite.Yaml;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.Citations;

/// <summary><c>[@fact]</c> or <c>[@a; @b]</c>: numbered citations of facts. Each id keeps its column for diagnostics.</summary>
internal sealed class CitationInline(IReadOnlyList<(string Id, int Offset)> facts) : LeafInline
{
    /// <summary>Fact ids with their offset from the opening bracket.</summary>
    public IReadOnlyList<(string Id, int Offset)> Facts { get; } = facts;
}
