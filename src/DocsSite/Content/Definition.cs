using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>
/// A glossary entry. <see cref="Term"/> reads as mid-sentence ("hypervisor", "Docker");
/// <see cref="Title"/> starts a heading or a list item ("Hypervisor", but "cgroups").
/// <see cref="Short"/> is one sentence, used for tooltips and lists.
/// </summary>
internal sealed record Definition(
    string Id,
    SourceLocation At,
    string Term,
    string Title,
    IReadOnlyList<string> Aliases,
    string Short,
    MarkdownText? Body,
    IReadOnlyList<Located<string>> Related,
    IReadOnlyList<Located<string>> Facts) : IRecord
{
    /// <summary><see cref="Short"/> with each character's place in the file, so the number lint can point into it; it is plain text, never Markdown.</summary>
    public MarkdownText? ShortPlaced { get; init; }
}
