using DocsSite.Diagnostics;

namespace DocsSite.Safety;

/// <summary>Something raw HTML may not contain, at a 0-based index into the HTML that was checked.</summary>
internal sealed record HtmlProblem(DiagnosticDescriptor Code, int Index, object?[] Args);
