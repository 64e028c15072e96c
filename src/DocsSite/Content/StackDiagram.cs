using DocsSite.Diagnostics;

namespace DocsSite.Content;

/// <summary>
/// Stacks of layers drawn side by side (<c>_data/stacks.yml</c>): <see cref="Columns"/> left to right,
/// <see cref="Layers"/> top to bottom; a layer in several adjacent columns spans them.
/// </summary>
internal sealed record StackDiagram(string Id, SourceLocation At, string Title, string? Description,
    IReadOnlyList<StackColumn> Columns, IReadOnlyList<StackLayer> Layers) : IRecord;
