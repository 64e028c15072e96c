using DocsSite.Diagnostics;

namespace DocsSite.Markdown.AttributeLists;

/// <summary>An attribute a list asked for and did not get, at its 0-based offset in the parsed text, with its message's arguments.</summary>
internal sealed record AttributeListProblem(DiagnosticDescriptor Code, int Offset, object?[] Args);
