using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>
/// One layer of a <see cref="StackDiagram"/>: the stacks it belongs to (one, or several side by side that
/// it spans), how many copies each stack holds (one per workload) and what the text alternative adds.
/// </summary>
internal sealed record StackLayer(SourceLocation At, string Label, IReadOnlyList<Located<string>> Stacks,
    Located<string>? Term, int Copies, string? Note);
