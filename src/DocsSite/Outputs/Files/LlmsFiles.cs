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
        // Each page's text, read from its <main> alone and in parallel (the rest of the page is the theme's),
        // kept as UTF-8 with the one line llms.txt needs of it.
        var texts = new byte[pages.Count][];
        var summaries = new string[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var text = CleanInto(PageText.OfMainSpan(manifest.Find(pages[i].OutputPath)?.Text ?? ""));
            summaries[i] = OneLine(pages[i].Description is { Length: > 0 } d ? d : FirstSentence(text.ToString(), pages[i].Title));
            texts[i] = Utf8(text);
        });
        var index = new StringBuilder();
        index.Append("# ").Append(site.Settings.Title).Append("\n\n");
        if (site.Settings.Description.Length > 0) index.Append("> ").Append(site.Settings.Description).Append("\n\n");
        index.Append("Every page below also exists as plain text in llms-full.txt; the data behind it is in data/*.json.\n\n## Pages\n\n");
        // The pages' texts are linked, not copied into one array of the whole file.
        var full = new ByteSequenceBuilder().Append("# " + site.Settings.Title + "\n\n");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var url = root + SitePath.Encode(page.Url.TrimStart('/'));
            index.Append("- [").Append(page.Title).Append("](").Append(url.Length == 0 ? "./" : url).Append("): ").Append(summaries[i]).Append('\n');
            full.Append($"---\n\n# {page.Title}\n\nURL: {(url.Length == 0 ? "/" : url)}\n\n").Append(texts[i]).Append(ParagraphEnd);
        }
        yield return OutputDocument.Generated(SitePath.File("llms.txt"), index.ToString(), "the generated llms.txt");
        yield return OutputDocument.Generated(SitePath.File("llms-full.txt"), full.TrimEnd().Append(LineEnd).ToSequence(), "the generated llms-full.txt");
    }

    private static readonly byte[] ParagraphEnd = "\n\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\n"u8.ToArray();

    /// <summary>
    /// Trims every line, makes each run of spaces, tabs and no-break spaces one space, and keeps at most
    /// one blank line between paragraphs; carriage returns go. One pass: this runs on every page's text.
    /// </summary>
    [ThreadStatic] private static StringBuilder? _buffer;

    internal static string Clean(string text) => CleanInto(text).ToString();

    /// <summary>The page's text as UTF-8, straight from the buffer it was cleaned into.</summary>
    private static byte[] Utf8(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Length != text.Length) break;
            var bytes = new byte[Encoding.UTF8.GetByteCount(chunk.Span)];
            Encoding.UTF8.GetBytes(chunk.Span, bytes);
            return bytes;
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary><see cref="Clean"/> into this thread's buffer, which stays valid until its next call.</summary>
    private static StringBuilder CleanInto(ReadOnlySpan<char> text)
    {
        if (text.Contains('\r')) text = text.ToString().Replace("\r", "");
        var clean = _buffer ??= new StringBuilder(16 * 1024);
        clean.Clear();
        var blankLines = -1; // empty lines since the last line written; -1 before the first
        for (var start = 0; start <= text.Length;)
        {
            var end = text[start..].IndexOf('\n') is var newline and >= 0 ? start + newline : text.Length;
            var line = text[start..end].Trim();
            start = end + 1;
            if (line.IsEmpty)
            {
                if (blankLines >= 0) blankLines++;
                continue;
            }
            if (blankLines >= 0) clean.Append(blankLines == 0 ? "\n" : "\n\n");
            blankLines = 0;
            // Trimmed first, so a run of spaces inside the line is all that is left to collapse. Words are
            // short: a plain loop finds their ends faster than a vector search started for each.
            for (var i = 0; i < line.Length;)
            {
                var word = i;
                while (word < line.Length && line[word] is not (' ' or '\t' or '\u00a0')) word++;
                clean.Append(line[i..word]);
                if (word == line.Length) break;
                clean.Append(' ');
                i = word + 1;
                while (line[i] is ' ' or '\t' or '\u00a0') i++;
            }
        }
        return clean;
    }

    private static string FirstSentence(string text, string title)
    {
        var body = text.StartsWith(title, StringComparison.Ordinal) ? text[title.Length..].TrimStart() : text;
        var line = body.Split('\n').FirstOrDefault(l => l.Length > 0) ?? "";
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? line[..(end + 1)] : line;
    }

    private static string OneLine(string text) => Spaces().Replace(text.Replace('\n', ' '), " ").Trim();

    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();
}
