using DocsSite.Diagnostics;

namespace DocsSite.Pipeline;

internal sealed record BuildResult(DiagnosticBag Diagnostics, int PageCount, TimeSpan Elapsed, bool Written);
