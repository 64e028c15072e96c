using DocsSite.Diagnostics;

namespace DocsSite.External;

/// <summary>One http(s) URL and every place in the input that links to it.</summary>
internal sealed record ExternalLink(string Url, IReadOnlyList<SourceLocation> Places);
