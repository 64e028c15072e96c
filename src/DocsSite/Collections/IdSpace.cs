using DocsSite.Diagnostics;

namespace DocsSite.Collections;

/// <summary>A set of ids that references can name ("fact", "comparison dimension"), and the code for naming one that is not there.</summary>
internal sealed record IdSpace(string Kind, DiagnosticDescriptor UnknownCode, IReadOnlySet<string> Ids);
