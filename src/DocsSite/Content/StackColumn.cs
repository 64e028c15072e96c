using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>One stack of a <see cref="StackDiagram"/>, headed by its label (a glossary term's link when it names one).</summary>
internal sealed record StackColumn(string Id, SourceLocation At, string Label, Located<string>? Term);
