using System.Text;
using System.Text.RegularExpressions;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Outputs.Files;

/// <summary>
/// <c>llms.txt</c> (the site's pages with one-line summaries, in the llmstxt.org layout) and
/// <c>llms-full.txt</c> (their text, read from the rendered HTML's <c>main</c>), for tools that
/// read a site as text. Links are absolute with a base URL, else relative to the site's root.
/// </summary>
internal sealed partial class LlmsFiles : IGeneratedFile
{
    public IEnumerable<OutputDocument> Generate(SiteIndex site, OutputManifest manifest)
    {
        var root = site.Settings.BaseUrl is { } baseUrl ? baseUrl.TrimEnd('/') + "/" : "";
        var pages = site.Pages.Where(p => p.Kind != PageKind.NotFound && p.Indexed)
            .OrderBy(p => p.Url == "/" ? 0 : 1).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        // Each page's text, read from its <main> alone and in parallel: the rest of the page is the theme's.
        var texts = new string[pages.Count];
        Parallel.For(0, pages.Count, i => texts[i] = Clean(PageText.OfMain(manifest.Find(pages[i].OutputPath)?.Text ?? "")));
        var index = new StringBuilder();
        var full = new StringBuilder();
        index.Append("# ").Append(site.Settings.Title).Append("\n\n");
        if (site.Settings.Description.Length > 0) index.Append("> ").Append(site.Settings.Description).Append("\n\n");
        index.Append("Every page below also exists as plain text in llms-full.txt; the data behind it is in data/*.json.\n\n## Pages\n\n");
        full.Append("# ").Append(site.Settings.Title).Append("\n\n");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var url = root + SitePath.Encode(page.Url.TrimStart('/'));
            var text = texts[i];
            var summary = page.Description is { Length: > 0 } d ? d : FirstSentence(text, page.Title);
            index.Append("- [").Append(page.Title).Append("](").Append(url.Length == 0 ? "./" : url).Append("): ").Append(OneLine(summary)).Append('\n');
            full.Append("---\n\n# ").Append(page.Title).Append("\n\nURL: ").Append(url.Length == 0 ? "/" : url).Append("\n\n").Append(text).Append("\n\n");
        }
        yield return OutputDocument.Generated(SitePath.File("llms.txt"), index.ToString(), "the generated llms.txt");
        yield return OutputDocument.Generated(SitePath.File("llms-full.txt"), full.ToString().TrimEnd() + "\n", "the generated llms-full.txt");
    }

    /// <summary>Trims every line and keeps at most one blank line between paragraphs.</summary>
    private static string Clean(string text) =>
        BlankLines().Replace(string.Join('\n', text.Replace("\r", "").Split('\n').Select(l => Spaces().Replace(l, " ").Trim())), "\n\n").Trim();

    private static string FirstSentence(string text, string title)
    {
        var body = text.StartsWith(title, StringComparison.Ordinal) ? text[title.Length..].TrimStart() : text;
        var line = body.Split('\n').FirstOrDefault(l => l.Length > 0) ?? "";
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? line[..(end + 1)] : line;
    }

    private static string OneLine(string text) => Spaces().Replace(text.Replace('\n', ' '), " ").Trim();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();
}
