using DocsSite.Diagnostics;
using DocsSite.Markdown;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace DocsSite.Pages;

/// <summary>Reads one Markdown file: parses it once, reads its front matter and scans it.</summary>
internal static class PageReader
{
    /// <returns>The page, or null for a draft.</returns>
    public static Page? Read(string path, string text, bool readmeIsIndex, DiagnosticBag diagnostics) =>
        Read(path, text, readmeIsIndex, MarkdownPipelines.Site, diagnostics);

    /// <param name="pipeline">The site's pipeline, or the plain one when the reference syntax is off (<see cref="MarkdownPipelines.For"/>).</param>
    /// <returns>The page, or null for a draft.</returns>
    /// <param name="snippets">Where pymdownx.snippets' includes are read from, when the site uses them.</param>
    public static Page? Read(string path, string text, bool readmeIsIndex, Markdig.MarkdownPipeline pipeline, DiagnosticBag diagnostics,
        Markdown.Snippets.SnippetSettings? snippets = null)
    {
        var expanded = snippets is not null && Markdown.Snippets.SnippetExpander.Mentions(text)
            ? Markdown.Snippets.SnippetExpander.Expand(path, text, snippets, diagnostics) : null;
        if (expanded is not null) text = expanded.Text;
        Func<int, int, SourceLocation> map = expanded is not null ? expanded.Map : (line, column) => new SourceLocation(path, line + 1, column + 1);
        var document = BoundedMarkdown.Parse(text, map, diagnostics, pipeline);
        var block = MarkdownNodes.Blocks<YamlFrontMatterBlock>(document).FirstOrDefault();
        var frontMatter = FrontMatterReader.Unclosed(block, text, path, diagnostics) ?? FrontMatterReader.Read(block, path, diagnostics);
        if (frontMatter.Draft) return null;

        var title = frontMatter.Title ?? PageTitles.FromHeadings(document);
        if (string.IsNullOrWhiteSpace(title))
        {
            title = PageTitles.FromFileName(path);
            if (!frontMatter.Unreadable)
                diagnostics.Add(DiagnosticCodes.MissingTitle, new SourceLocation(path, 1, 1),
                    title);
        }
        var scan = MarkdownScanner.Scan(document, text, map);
        return new Page(PageKind.Article, path, SiteUrls.UrlOf(path, readmeIsIndex), title, frontMatter.Description,
            frontMatter.Order ?? int.MaxValue, frontMatter.Tags, document, scan) { Updated = frontMatter.Updated, Expanded = expanded };
    }
}
