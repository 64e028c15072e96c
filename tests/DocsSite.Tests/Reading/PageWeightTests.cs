using System.IO.Compression;
using System.Text.RegularExpressions;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>
/// The reading budget: an article, with everything it loads before a reader does anything (its
/// stylesheet, script and icon; not the search index, fetched on the first search), is at most
/// 20 KB gzipped.
/// </summary>
public sealed partial class PageWeightTests
{
    private const int Budget = 20 * 1024;

    [Fact]
    public void Every_article_of_the_site_with_its_css_js_and_icon_is_at_most_20_KB_gzipped()
    {
        var root = Path.Combine(Path.GetTempPath(), "docssite-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var output = Path.Combine(root, "output");
            DiagnosticAssert.Clean(BuildPipeline.Run(new BuildOptions(Repo.Input, Repo.Theme, output)));
            var articles = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
                .Select(file => (File: file, Html: File.ReadAllText(file)))
                .Where(page => page.Html.Contains("<body class=\"kind-article\">", StringComparison.Ordinal))
                .ToList();
            Assert.True(articles.Count >= 20, $"only {articles.Count} articles found");
            var weights = articles.Select(page => (Page: Path.GetRelativePath(output, page.File), Bytes: Weight(page.File, page.Html))).ToList();
            var over = weights.Where(w => w.Bytes > Budget).Select(w => $"{w.Page}: {w.Bytes / 1024.0:0.0} KB").ToList();
            Assert.True(over.Count == 0, "over the 20 KB budget: " + string.Join(", ", over));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_page_weighs_its_html_and_each_file_it_loads_once_gzipped()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\nRead the [guide](guide.md).\n-- guide.md --\n# Guide\n\nA short article.\n");
        DiagnosticAssert.Clean(site.Build());
        var file = Path.Combine(site.Output, "guide", "index.html");
        var html = File.ReadAllText(file);
        var loaded = Loads(html).ToList();
        // An article loads one stylesheet; the section pages add the styles only they use.
        Assert.Equal(3, loaded.Count);
        Assert.Equal(4, Loads(site.Html("index.html")).Count());
        Assert.Contains(loaded, href => href.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(loaded, href => href.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(loaded, href => href.EndsWith(".svg", StringComparison.Ordinal));
        var expected = Gzipped(File.ReadAllBytes(file)) + loaded.Sum(href => Gzipped(File.ReadAllBytes(Path.Combine(site.Output, "guide", href))));
        Assert.Equal(expected, Weight(file, html));
        Assert.InRange(Weight(file, html), 4 * 1024, Budget);
    }

    /// <summary>The page's gzipped bytes and those of every stylesheet, script and icon it names.</summary>
    private static long Weight(string file, string html) =>
        Gzipped(File.ReadAllBytes(file))
        + Loads(html).Distinct().Sum(href => Gzipped(File.ReadAllBytes(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, href)))));

    private static IEnumerable<string> Loads(string html) =>
        Loaded().Matches(html[..html.IndexOf("</head>", StringComparison.Ordinal)]).Select(m => m.Groups["href"].Value);

    private static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }

    [GeneratedRegex("<(?:link rel=\"(?:stylesheet|icon)\" href|script src)=\"(?<href>[^\"]+)\"")]
    private static partial Regex Loaded();
}
