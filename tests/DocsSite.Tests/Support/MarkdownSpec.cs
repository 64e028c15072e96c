using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Pages;
using DocsSite.Rendering;
using DocsSite.Yaml;

namespace DocsSite.Tests.Support;

/// <summary>Renders Markdown as the page "/guide/page/" (from guide/page.md) of a tiny site, for spec-style tests.</summary>
internal static class MarkdownSpec
{
    private static readonly SourceLocation At = new("_data/x.yml", 1, 1);

    private static readonly SiteData Data = SiteData.From(
        new Dictionary<string, Source> { ["bmc"] = new("bmc", At, "BMC article", null, null, null, null, null) },
        new Dictionary<string, Fact>
        {
            ["google-weekly"] = new("google-weekly", At, Text("Google starts many containers a week."), "2 billion", "2020",
                new Located<string>("bmc", At), null, "intro", [], null),
        },
        new Dictionary<string, Definition>
        {
            ["hypervisor"] = new("hypervisor", At, "Hypervisor", "Hypervisor", ["hypervisors", "VMM"], "Software that runs virtual machines.", null, [], []),
        },
        new Dictionary<string, Analogy>(),
        new Dictionary<string, FaqEntry>(),
        Comparison.Empty);

    public static string Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, DocsSite.Markdown.MarkdownPipelines.Site);
        var scan = MarkdownScanner.Scan(document, markdown, (l, c) => new SourceLocation("guide/page.md", l + 1, c + 1));
        var page = new Page(PageKind.Article, "guide/page.md", "/guide/page/", "Page", null, 0, [], document, scan);
        var other = new Page(PageKind.Article, "other.md", "/other/", "Other", null, 0, [], null, MarkdownScan.Empty);
        // A fixed date, so no fact of the fixture is dated by the passing of time.
        var index = new SiteIndex(SiteSettings.Default, Data, [page, other], new Dictionary<MarkdownText, DocsSite.Data.ParsedMarkdown>())
        {
            Staleness = new DocsSite.Claims.Staleness(new DateOnly(2024, 1, 1), DocsSite.Claims.Staleness.DefaultYears),
        };
        var context = new PageRenderContext(page, index, Theme.Load(Repo.Theme, new DiagnosticBag()));
        return context.RenderDocument(document, scan).Trim();
    }

    private static MarkdownText Text(string text) => new(text, At, 1);
}
