using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Markdown;
using DocsSite.Markdown.Embeds;
using DocsSite.Pages;
using DocsSite.Yaml;
using Markdig.Syntax;

namespace DocsSite.Data;

/// <summary>Markdown held in a data field, parsed once and scanned like a page, with positions in the YAML file.</summary>
internal sealed record ParsedMarkdown(MarkdownText Text, MarkdownDocument Document, MarkdownScan Scan)
{
    public static ParsedMarkdown Parse(MarkdownText text, DiagnosticBag diagnostics)
    {
        var document = BoundedMarkdown.Parse(text.Text, text.Map, diagnostics);
        // An FAQ answer that embeds itself (or an entry that embeds it back) would render forever:
        // embeds belong to pages. They are reported and left out, so rendering never meets one.
        foreach (var embed in document.Descendants<EmbedBlock>().ToList())
        {
            diagnostics.Add(DiagnosticCodes.BadEmbed, text.Map(embed.Line, embed.Column),
                embed.Name, "it cannot be used in data Markdown (an FAQ answer, analogy, definition ...): an entry could embed itself. " +
                "Embed it in a page, or link to the entry here.");
            embed.Parent?.Remove(embed);
        }
        var scan = MarkdownScanner.Scan(document, text.Text, text.Map);
        return new ParsedMarkdown(text, document, scan);
    }
}

/// <summary>Lists every Markdown field of the site data.</summary>
internal static class DataMarkdown
{
    public static IEnumerable<MarkdownText> All(SiteData data) =>
        Collections.SiteCollections.All.SelectMany(c => c.MarkdownFields(data)).OfType<MarkdownText>();

    public static IReadOnlyDictionary<MarkdownText, ParsedMarkdown> ParseAll(SiteData data, DiagnosticBag diagnostics)
    {
        var texts = All(data).ToList();
        var parsed = new ParsedMarkdown[texts.Count];
        Parallel.For(0, texts.Count, i => parsed[i] = Pipeline.InternalErrors.For(texts[i].At.File, () => ParsedMarkdown.Parse(texts[i], diagnostics)));
        var result = new Dictionary<MarkdownText, ParsedMarkdown>(ReferenceEqualityComparer.Instance);
        foreach (var p in parsed) result[p.Text] = p;
        return result;
    }
}
