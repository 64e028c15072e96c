using DocsSite.Diagnostics;
using DocsSite.Markdown;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace DocsSite.Pages;

/// <summary>Reads one Markdown file: parses it once, reads its front matter and scans it.</summary>
internal static class PageReader
{
    /// <returns>The page, or null for a draft.</returns>
    public static Page? Read(string path, string text, bool readmeIsIndex, DiagnosticBag diagnostics)
    {
        var document = BoundedMarkdown.Parse(text, (line, column) => new SourceLocation(path, line + 1, column + 1), diagnostics);
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var frontMatter = FrontMatterReader.Unclosed(block, text, path, diagnostics) ?? FrontMatterReader.Read(block, path, diagnostics);
        if (frontMatter.Draft) return null;

        var title = frontMatter.Title ?? FirstHeading(document);
        if (string.IsNullOrWhiteSpace(title) && !frontMatter.Unreadable)
        {
            diagnostics.Add(DiagnosticCodes.MissingTitle, new SourceLocation(path, 1, 1),
                "This page has no title: add `title:` to its front matter or start it with a `# Heading`.");
        }
        if (string.IsNullOrWhiteSpace(title)) title = Path.GetFileNameWithoutExtension(path);
        var scan = MarkdownScanner.Scan(document, text, (line, column) => new SourceLocation(path, line + 1, column + 1));
        return new Page(PageKind.Article, path, SiteUrls.UrlOf(path, readmeIsIndex), title, frontMatter.Description,
            frontMatter.Order ?? int.MaxValue, frontMatter.Tags, document, scan);
    }

    private static string? FirstHeading(MarkdownDocument document)
    {
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (heading?.Inline is null) return null;
        return string.Concat(heading.Inline.Descendants<Markdig.Syntax.Inlines.LeafInline>().Select(l => l switch
        {
            Markdig.Syntax.Inlines.LiteralInline literal => literal.Content.ToString(),
            Markdig.Syntax.Inlines.CodeInline code => code.Content,
            _ => "",
        })).Trim();
    }
}
