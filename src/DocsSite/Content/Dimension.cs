using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>A row of the comparison matrix, with one cell per technology.</summary>
internal sealed record Dimension(
    string Id,
    SourceLocation At,
    string Name,
    Located<string> Group,
    IReadOnlyList<ComparisonCell> Cells,
    MarkdownText? Note);
