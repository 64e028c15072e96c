using DocsSite.Markdown.Embeds;
using DocsSite.Yaml;
using Markdig.Syntax;

namespace DocsSite.Pages;

/// <summary>
/// What one walk over a parsed Markdown document collects: links, the ids it renders,
/// and every cross-reference, each with its place in the source file. Checks read
/// this; nothing parses the Markdown a second time.
/// </summary>
/// <param name="Links">Every URL written, in Markdown or raw HTML, deliberate exceptions left out; <c>check --external</c> follows the http(s) ones.</param>
/// <param name="ByNode">Every URL of each link or raw HTML node, exceptions included, so rendering can say where an output link was written.</param>
/// <param name="ForSafety">The raw HTML, links and autolinks, in document order: all the safety check reads, so it need not walk the document again.</param>
internal sealed record MarkdownScan(
    IReadOnlyList<LinkReference> Links,
    IReadOnlySet<string> Ids,
    IReadOnlyList<Located<string>> Terms,
    IReadOnlyList<Located<string>> Citations,
    IReadOnlyList<Located<string>> FactValues,
    IReadOnlyList<Located<EmbedBlock>> Embeds,
    IReadOnlyDictionary<MarkdownObject, IReadOnlyList<LinkReference>> ByNode,
    IReadOnlyList<MarkdownObject> ForSafety)
{
    public static MarkdownScan Empty { get; } = new([], new HashSet<string>(), [], [], [], [],
        new Dictionary<MarkdownObject, IReadOnlyList<LinkReference>>(), []);
}
