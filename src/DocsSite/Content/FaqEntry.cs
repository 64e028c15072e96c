using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

internal sealed record FaqEntry(
    string Id,
    SourceLocation At,
    string Question,
    MarkdownText Answer,
    IReadOnlyList<Located<string>> Terms,
    IReadOnlyList<Located<string>> Dimensions,
    IReadOnlyList<Located<string>> Facts) : IRecord;
