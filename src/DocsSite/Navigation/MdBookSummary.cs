using DocsSite.Diagnostics;
using DocsSite.Markdown;
using DocsSite.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Navigation;

/// <summary>
/// mdBook's <c>SUMMARY.md</c>: every chapter link in reading order (prefix chapters, nested
/// lists, suffix chapters), titled by its link text. Part titles and separators only group
/// chapters; draft chapters, <c>[Title]()</c>, have no page and are skipped.
/// </summary>
internal static class MdBookSummary
{
    public const string FileName = "SUMMARY.md";

    public static IReadOnlyList<TocEntry> Read(string text)
    {
        var document = Markdig.Markdown.Parse(text, MarkdownPipelines.Plain);
        var entries = new List<TocEntry>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is null || TocPaths.Resolve(link.Url, "") is not { } path) continue;
            var title = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
            entries.Add(new TocEntry(new Located<string>(path, new SourceLocation(FileName, link.Line + 1, link.Column + 1)),
                title.Length > 0 ? title : null));
        }
        return entries;
    }
}
