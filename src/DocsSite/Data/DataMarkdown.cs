using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Markdown;
using DocsSite.Pages;
using DocsSite.Yaml;
using Markdig.Syntax;

namespace DocsSite.Data;

/// <summary>Markdown held in a data field, parsed once and scanned like a page, with positions in the YAML file.</summary>
internal sealed record ParsedMarkdown(MarkdownText Text, MarkdownDocument Document, MarkdownScan Scan)
{
    public static ParsedMarkdown Parse(MarkdownText text)
    {
        var document = Markdig.Markdown.Parse(text.Text, MarkdownPipelines.Site);
        var scan = MarkdownScanner.Scan(document, text.Text, text.Map);
        return new ParsedMarkdown(text, document, scan);
    }
}

/// <summary>Lists every Markdown field of the site data.</summary>
internal static class DataMarkdown
{
    public static IEnumerable<MarkdownText> All(SiteData data) =>
        Collections.SiteCollections.All.SelectMany(c => c.MarkdownFields(data)).OfType<MarkdownText>();

    public static IReadOnlyDictionary<MarkdownText, ParsedMarkdown> ParseAll(SiteData data)
    {
        var texts = All(data).ToList();
        var parsed = new ParsedMarkdown[texts.Count];
        Parallel.For(0, texts.Count, i => parsed[i] = ParsedMarkdown.Parse(texts[i]));
        var result = new Dictionary<MarkdownText, ParsedMarkdown>(ReferenceEqualityComparer.Instance);
        foreach (var p in parsed) result[p.Text] = p;
        return result;
    }
}
