using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

internal sealed record Source(
    string Id,
    SourceLocation At,
    string Title,
    string? Publisher,
    string? Author,
    string? Date,
    Located<string>? Url,
    MarkdownText? Notes,
    string? Retrieved = null);
