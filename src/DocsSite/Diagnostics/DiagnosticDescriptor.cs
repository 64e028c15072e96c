namespace DocsSite.Diagnostics;

/// <summary>An entry of the catalogue: a stable code, its default severity and a title for the docs.</summary>
internal sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title);
