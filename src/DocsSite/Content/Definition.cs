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
    IReadOnlyList<Located<string>> Facts) : IRecord;
