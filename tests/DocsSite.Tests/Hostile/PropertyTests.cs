using DocsSite.Diagnostics;
using DocsSite.Links;
using DocsSite.Markdown;
using DocsSite.Pages;
using DocsSite.Yaml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DocsSite.Tests.Hostile;

/// <summary>
/// Properties over generated input (FsCheck): URL mapping round-trips, suggested ids and heading ids
/// are valid, and the cross-reference parsers never throw and find well-formed references where they are.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>A page URL: "/" or "/seg/.../seg/"; segments may hold dots, percent signs and non-ASCII letters.</summary>
    public sealed record PageUrl(string Value)
    {
        public override string ToString() => Value;
    }

    /// <summary>Any text, drawn mostly from characters that mean something to Markdown and to DocsSite's syntax.</summary>
    public sealed record Hostile(string Value)
    {
        public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Value);
    }

    /// <summary>Plain prose: a letter first (so no block syntax), then letters, digits and spaces.</summary>
    public sealed record Prose(string Value)
    {
        public override string ToString() => Value;
    }

    /// <summary>An id as DocsSite writes them.</summary>
    public sealed record Id(string Value)
    {
        public override string ToString() => Value;
    }

    public static class Generators
    {
        private static readonly Gen<string> Segment =
            Gen.Elements("a", "b", "guide", "x-y", "v1.2", "%20", "é", "c#", "a b", "q?", "README", "index.html", "img.png", "z")
                .ListOf().Where(l => l.Count is > 0 and < 4).Select(l => string.Concat(l));

        public static Arbitrary<PageUrl> PageUrls() =>
            Segment.ListOf().Where(l => l.Count < 6)
                .Select(l => new PageUrl(l.Count == 0 ? "/" : "/" + string.Join('/', l) + "/")).ToArbitrary();

        public static Arbitrary<Hostile> HostileText() =>
            Gen.Frequency(
                    (6, Gen.Elements("[", "]", "[[", "]]", "[@", "[=", "@", ";", "=", "|", "::", "::faq{", "::analogy{id=\"", "}", "\"", "{", ":")),
                    (3, Gen.Elements("\n", "\r\n", "\r", " ", "    ", "\t", "> ", "- ", "1. ", "#", "*", "_", "`", "```", "---", "<", ">", "!", "(", ")")),
                    (3, Gen.Elements("a", "id", "x-y", "é", "\0", "\uFEFF", "\u202E", "😀", "\\", "&amp;", "<div>", "|a|b|")))
                .ListOf().Where(l => l.Count < 300).Select(l => new Hostile(string.Concat(l))).ToArbitrary();

        public static Arbitrary<Prose> Prose() =>
            Gen.Elements("a", "b", "Z", "é", "1", " ", "word").ListOf().Where(l => l.Count < 30)
                .Select(l => new Prose("A" + string.Concat(l).TrimEnd())).ToArbitrary();

        public static Arbitrary<Id> Ids() =>
            Gen.Elements("a", "b", "z", "0", "9").NonEmptyListOf().Where(l => l.Count < 12)
                .SelectMany(first => Gen.Elements("c", "1").ListOf().Where(l => l.Count < 6), (a, b) => string.Concat(a) + (b.Count > 0 ? "-" + string.Concat(b) : ""))
                .Select(s => new Id(s)).ToArbitrary();
    }

    // URLs

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 500)]
    public bool A_relative_link_from_any_page_resolves_back_to_its_target(PageUrl from, PageUrl to) =>
        // The link is resolved against the page's URL as a browser has it: percent-encoded ("%20" is then "%2520").
        Uri.UnescapeDataString(SiteUrls.Combine(DocsSite.Outputs.SitePath.Encode(from.Value), SiteUrls.Relative(from.Value, to.Value))!) == to.Value;

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 500)]
    public bool A_browser_resolves_a_relative_link_from_any_page_to_its_target(PageUrl from, PageUrl to)
    {
        // As a browser does: the link, against the page's encoded URL, on a host, in a sub-folder.
        var page = new Uri("https://example.org/docs" + global::DocsSite.Outputs.SitePath.Encode(from.Value));
        var resolved = new Uri(page, SiteUrls.Relative(from.Value, to.Value));
        return Uri.UnescapeDataString(resolved.AbsolutePath) == "/docs" + to.Value && resolved.Fragment.Length == 0 && resolved.Query.Length == 0;
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool A_relative_link_to_a_file_resolves_back_to_it(PageUrl from, PageUrl folder) =>
        Uri.UnescapeDataString(SiteUrls.Combine(DocsSite.Outputs.SitePath.Encode(from.Value), SiteUrls.Relative(from.Value, folder.Value + "file.pdf"))!) == folder.Value + "file.pdf";

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool Combining_never_climbs_out_of_the_site(PageUrl folder, Hostile relative)
    {
        var path = SiteUrls.Combine(folder.Value, relative.Value.Replace('\\', '/'));
        return path is null || (path.StartsWith('/') && !path.Split('/').Any(s => s is ".." or "."));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool Every_page_url_is_a_folder_written_to_its_index_html(PageUrl folder, Prose name)
    {
        var file = name.Value.Replace(' ', '-');
        var source = folder.Value.TrimStart('/') + file + ".md";
        var url = SiteUrls.UrlOf(source, readmeIsIndex: true);
        var expected = file.Equals("index", StringComparison.OrdinalIgnoreCase) || file.Equals("readme", StringComparison.OrdinalIgnoreCase)
            ? folder.Value
            : folder.Value + file + "/";
        var destination = global::DocsSite.Outputs.SitePath.OfUrl(url);
        return url == expected && destination.Value == expected.TrimStart('/') + "index.html" && destination.Url == url;
    }

    // Ids and slugs

    [Property(MaxTest = 500)]
    public bool The_id_suggested_for_any_bad_id_is_a_valid_id(string value) =>
        RecordReader.IdPattern().IsMatch(RecordReader.ToId(value ?? ""));

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool A_heading_id_in_the_scan_is_the_id_the_html_carries(Prose heading)
    {
        var text = $"# {heading.Value}\n\n## {heading.Value}\n";
        var document = Markdig.Markdown.Parse(text, MarkdownPipelines.Site);
        var scan = MarkdownScanner.Scan(document, text, (l, c) => new SourceLocation("p.md", l + 1, c + 1));
        var html = HtmlScanner.Scan(Markdig.Markdown.ToHtml(text, MarkdownPipelines.Site));
        // Two equal headings get two ids ("x" and "x-1"), each without spaces, and the HTML has them all.
        return scan.Ids.Count == 2 && scan.Ids.SetEquals(html.Ids) && scan.Ids.All(id => id.Length > 0 && !id.Any(char.IsWhiteSpace));
    }

    // Reference parsers

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public bool Any_text_parses_and_scans_without_throwing_and_every_position_is_inside_it(Hostile text)
    {
        var bag = new DiagnosticBag();
        var lines = text.Value.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var document = BoundedMarkdown.Parse(text.Value, (l, c) => new SourceLocation("p.md", l + 1, c + 1), bag);
        var scan = MarkdownScanner.Scan(document, text.Value, (l, c) => new SourceLocation("p.md", l + 1, c + 1));
        var places = scan.Terms.Select(t => t.At).Concat(scan.Citations.Select(c => c.At)).Concat(scan.FactValues.Select(v => v.At))
            .Concat(scan.Embeds.Select(e => e.At)).Concat(scan.Links.Select(l => l.At));
        return places.All(p => p.Line >= 1 && p.Line <= lines.Length && p.Column >= 1 && p.Column <= lines[p.Line - 1].Length + 1);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool A_term_link_is_found_at_its_line_and_column(Prose before, Id id, Prose after, byte blankLines)
    {
        var (scan, line, column) = Scan(before.Value + " ", $"[[{id.Value}]]", " " + after.Value, blankLines % 4);
        return scan.Terms.Count == 1 && scan.Terms[0].Value == id.Value && scan.Terms[0].At == new SourceLocation("p.md", line, column);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool Each_fact_of_a_citation_is_found_at_its_own_column(Prose before, Id first, Id second, byte blankLines)
    {
        var (scan, line, column) = Scan(before.Value + " ", $"[@{first.Value}; @{second.Value}]", ".", blankLines % 4);
        var secondColumn = column + 2 + first.Value.Length + 3;
        return scan.Citations.Count == 2
            && scan.Citations[0] == new Located<string>(first.Value, new SourceLocation("p.md", line, column + 2))
            && scan.Citations[1] == new Located<string>(second.Value, new SourceLocation("p.md", line, secondColumn));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool A_fact_value_is_found_at_its_id(Prose before, Id id, byte blankLines)
    {
        var (scan, line, column) = Scan(before.Value + " ", $"[={id.Value}]", " more", blankLines % 4);
        return scan.FactValues.Count == 1 && scan.FactValues[0] == new Located<string>(id.Value, new SourceLocation("p.md", line, column + 2));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool An_embed_on_its_own_line_is_found_with_its_ids(Prose before, Id a, Id b, byte blankLines)
    {
        var (scan, line, _) = Scan(before.Value + "\n\n", $"::faq{{ids=\"{a.Value} {b.Value}\"}}", "\n\n" + before.Value, blankLines % 4);
        return scan.Embeds.Count == 1 && scan.Embeds[0].At == new SourceLocation("p.md", line, 1)
            && scan.Embeds[0].Value.Error is null && scan.Embeds[0].Value.Ids("ids").SequenceEqual([a.Value, b.Value]);
    }

    /// <summary>Scans "blank lines, then before + reference + after" and says where the reference starts (1-based).</summary>
    private static (MarkdownScan Scan, int Line, int Column) Scan(string before, string reference, string after, int blankLines)
    {
        var lead = string.Concat(Enumerable.Repeat("Intro.\n\n", blankLines));
        var text = lead + before + reference + after + "\n";
        var document = BoundedMarkdown.Parse(text, (l, c) => new SourceLocation("p.md", l + 1, c + 1), new DiagnosticBag());
        var scan = MarkdownScanner.Scan(document, text, (l, c) => new SourceLocation("p.md", l + 1, c + 1));
        var beforeLines = before.Split('\n');
        return (scan, 2 * blankLines + beforeLines.Length, beforeLines[^1].Length + 1);
    }
}
