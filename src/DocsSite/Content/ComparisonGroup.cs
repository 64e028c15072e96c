using DocsSite.Diagnostics;

namespace DocsSite.Content;

internal sealed record ComparisonGroup(string Id, SourceLocation At, string Name);
