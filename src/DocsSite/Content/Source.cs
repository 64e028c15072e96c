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
    string? Retrieved = null,
    string? Kind = null) : IRecord
{
    /// <summary>Written by the people who made what it describes: a specification, project or product documentation, or a paper.</summary>
    public bool IsPrimary => SourceKinds.IsPrimary(Kind);
}
