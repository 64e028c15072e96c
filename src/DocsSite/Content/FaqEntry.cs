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
    IReadOnlyList<Located<string>> Facts) : IRecord
{
    /// <summary>The heading the question is listed under on the FAQ page; null: not grouped.</summary>
    public string? Group { get; init; }

    /// <summary>Position on the FAQ page, lower first; a group comes where its first question does.</summary>
    public int? Order { get; init; }
}
