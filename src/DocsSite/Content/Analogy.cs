using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

internal sealed record Analogy(
    string Id,
    SourceLocation At,
    string Title,
    IReadOnlyList<Located<string>> Compares,
    IReadOnlyList<AnalogyPair> Mapping,
    MarkdownText Body,
    MarkdownText BreaksDown,
    Located<string>? Source,
    Located<string>? Original) : IRecord;
