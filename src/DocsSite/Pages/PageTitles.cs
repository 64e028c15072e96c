using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Pages;

/// <summary>
/// Where a page's title comes from when front matter gives none: its first heading of any
/// level (mdBook chapters often start with "## "), or else its file name made readable.
/// </summary>
internal static class PageTitles
{
    /// <summary>
    /// The first heading's text, preferring a "# " heading anywhere. A lower heading that opens
    /// the page is promoted to the page's h1, so the title is shown once, where the author put it.
    /// </summary>
    public static string? FromHeadings(MarkdownDocument document)
    {
        var headings = Markdown.MarkdownNodes.Blocks<HeadingBlock>(document).ToList();
        var heading = headings.FirstOrDefault(h => h.Level == 1) ?? headings.FirstOrDefault();
        var text = heading is null ? null : TextOf(heading);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (heading!.Level > 1 && ReferenceEquals(FirstBlock(document), heading)) heading.Level = 1;
        return text;
    }

    /// <summary>"getting-started.md" -> "Getting started"; a folder's index or README takes the folder's name.</summary>
    public static string FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase) || name.Equals("readme", StringComparison.OrdinalIgnoreCase))
        {
            var slash = path.LastIndexOf('/');
            if (slash < 0) return "Home";
            name = Path.GetFileName(path[..slash]);
        }
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        if (words.Length == 0) return name;
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static Block? FirstBlock(MarkdownDocument document) =>
        document.FirstOrDefault(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock);

    private static string TextOf(HeadingBlock heading)
    {
        if (heading.Inline is null) return "";
        return string.Concat(heading.Inline.Descendants<LeafInline>().Select(l => l switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        })).Trim();
    }
}
