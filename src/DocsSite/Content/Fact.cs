using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>A claim in our own words, with the figure prose may show and where it comes from.</summary>
internal sealed record Fact(
    string Id,
    SourceLocation At,
    MarkdownText Claim,
    string? Value,
    string? AsOf,
    Located<string> Source,
    Located<string>? Original,
    string Locator,
    IReadOnlyList<string> Tags,
    MarkdownText? Note,
    string? Horizon = null) : IRecord;
