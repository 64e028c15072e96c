using DocsSite.Diagnostics;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Corpora;

/// <summary>
/// Documentation nobody here wrote, one corpus per ecosystem, each committed with its licence
/// and a NOTICE: mdBook's own guide (SUMMARY.md), Uvicorn's MkDocs site (mkdocs.yml beside
/// docs/), and nerdctl's docs/ folder (links that leave it, as on a code host). Each must build
/// as it is, every link of the output must resolve when crawled, and a link broken on
/// purpose must still be reported where it is written.
/// </summary>
public sealed class ForeignCorporaTests
{
    /// <summary>
    /// Corpus folder, the input inside it, and the repository its links out of the input go to
    /// (nerdctl's pages link to ../README.md and to folders of code, as on the code host).
    /// </summary>
    public static TheoryData<string, string, string?> Inputs => new()
    {
        { "mdbook", "src", null },
        { "uvicorn", "docs", null },
        { "nerdctl", "docs", NerdctlRepository },
    };

    private const string NerdctlRepository = "https://github.com/containerd/nerdctl/blob/8da504083f1543446a003f5870dec1bc12a75b85/";

    /// <summary>Corpus folder, the input inside it, and a link to break: its file, the target as written, the broken target.</summary>
    public static TheoryData<string, string, string, string, string> Breaks => new()
    {
        { "mdbook", "src", "guide/README.md", "reading.md", "reding.md" },
        { "uvicorn", "docs", "index.md", "installation.md", "instalation.md" },
        { "nerdctl", "docs", "config.md", "experimental.md", "experimentl.md" },
    };

    private static string CorpusFolder(string name) => Path.Combine(Repo.Root, "tests", "DocsSite.Tests", "Corpora", name);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Builds_as_it_is_and_every_link_of_the_output_resolves(string corpus, string input, string? repository)
    {
        var root = Path.Combine(Path.GetTempPath(), "docssite-foreign-" + Guid.NewGuid().ToString("N"));
        try
        {
            // A copy that is a checkout of its own, as the corpus is upstream: links out of the
            // input resolve against the corpus folder, not against this repository.
            CopyFolder(CorpusFolder(corpus), root);
            Directory.CreateDirectory(Path.Combine(root, ".git"));
            if (repository is not null) File.WriteAllText(Path.Combine(root, input, "site.yml"), $"repository: {repository}\n");
            var output = Path.Combine(root, "out");

            var result = BuildPipeline.Run(new BuildOptions(Path.Combine(root, input), Repo.Theme, output));

            var errors = result.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
            Assert.True(errors.Count == 0, $"{corpus}: expected a clean build, got:\n{string.Join('\n', errors)}");
            Assert.True(result.Written);
            Assert.True(result.PageCount >= 10, $"{corpus}: only {result.PageCount} pages were built.");
            var brokenLinks = OutputCrawler.BrokenLinks(output);
            Assert.True(brokenLinks.Count == 0, $"{corpus}: links of the output that do not resolve:\n{string.Join('\n', brokenLinks)}");
            if (repository is not null)
                Assert.Contains($"href=\"{repository}README.md\"", File.ReadAllText(Path.Combine(output, "compose", "index.html")));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void A_link_broken_on_purpose_is_reported_at_its_file_line_and_column(string corpus, string input, string file, string target, string broken)
    {
        var root = Path.Combine(Path.GetTempPath(), "docssite-foreign-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(CorpusFolder(corpus), root);
            var path = Path.Combine(root, input, file);
            var text = File.ReadAllText(path);
            var written = "](" + target + ")";
            var at = text.IndexOf(written, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{file} no longer links to {target}");
            var line = text[..at].Count(c => c == '\n') + 1;
            var column = at + 2 - (text.LastIndexOf('\n', at) + 1) + 1;
            File.WriteAllText(path, text[..at] + "](" + broken + ")" + text[(at + written.Length)..]);

            var result = BuildPipeline.Run(new BuildOptions(Path.Combine(root, input), Repo.Theme, Path.Combine(root, "out")));

            var reports = result.Diagnostics.Sorted().Where(d => d.Message.Contains($"`{broken}`", StringComparison.Ordinal)).ToList();
            Assert.True(reports.Count == 1, $"Expected one report of `{broken}`, got:\n{string.Join('\n', result.Diagnostics.Sorted())}");
            Assert.Equal(("DS2101", Severity.Error, file, line, column), (reports[0].Code, reports[0].Severity, reports[0].File, reports[0].Line, reports[0].Column));
            Assert.False(result.Written);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_mdbook_menu_follows_summary_md_and_summary_md_is_not_a_page()
    {
        var output = Path.Combine(Path.GetTempPath(), "docssite-foreign-" + Guid.NewGuid().ToString("N"));
        try
        {
            BuildPipeline.Run(new BuildOptions(Path.Combine(CorpusFolder("mdbook"), "src"), Repo.Theme, output));
            var menu = SiteHtml.Menu(File.ReadAllText(Path.Combine(output, "index.html")));
            Assert.Equal("Introduction -> ./", menu[0]);
            Assert.Equal("Installation -> guide/installation/", menu[1]);
            Assert.Contains("SUMMARY.md -> format/summary/", menu);
            Assert.Equal("Contributors -> misc/contributors/", menu[^1]);
            Assert.False(File.Exists(Path.Combine(output, "SUMMARY", "index.html")));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
