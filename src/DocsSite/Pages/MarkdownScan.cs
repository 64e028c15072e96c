using DocsSite.Markdown.Embeds;
using DocsSite.Yaml;

namespace DocsSite.Pages;

/// <summary>
/// What one walk over a parsed Markdown document collects: links, the ids it renders,
/// and every cross-reference, each with its place in the source file. Checks read
/// this; nothing parses the Markdown a second time.
/// </summary>
internal sealed record MarkdownScan(
    IReadOnlyList<LinkReference> Links,
    IReadOnlySet<string> Ids,
    IReadOnlyList<Located<string>> Terms,
    IReadOnlyList<Located<string>> Citations,
    IReadOnlyList<Located<string>> FactValues,
    IReadOnlyList<Located<EmbedBlock>> Embeds)
{
    public static MarkdownScan Empty { get; } = new([], new HashSet<string>(), [], [], [], []);
}
