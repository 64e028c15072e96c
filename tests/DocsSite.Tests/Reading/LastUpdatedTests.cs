using System.Text.Json;
using System.Text.RegularExpressions;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>"Last updated" on every page, in the sitemap and in JSON-LD: from git when the input is a checkout, else from front matter, else none.</summary>
public sealed partial class LastUpdatedTests
{
    private const string Site = """
        -- index.md --
        # Home

        Read the [guide](guide.md), the [pinned page](pinned.md), the [notes](draft-notes.md), the [FAQ](faq/) and the [glossary](glossary/).
        -- guide.md --
        # Guide

        A [[vm]] runs a whole operating system.
        -- pinned.md --
        ---
        updated: 2020-06-07
        ---
        # Pinned

        Back [home](index.md).
        -- draft-notes.md --
        # Notes

        Back [home](index.md).
        -- _data/definitions.yml --
        - id: vm
          term: virtual machine
          title: Virtual machine
          short: A computer made of software.
        -- _data/faq.yml --
        - id: why
          question: Why use a VM?
          answer: To run another operating system.
          terms: [vm]
        """;

    [Fact]
    public void Pages_show_the_day_of_the_last_commit_that_changed_their_file_and_data_pages_that_of_their_data_file()
    {
        using var site = TestSite.Create(Site);
        var git = GitRepo.Init(site.Root);
        git.Commit("2024-01-02T10:00:00+00:00", "input/index.md", "input/guide.md", "input/pinned.md", "input/_data/definitions.yml");
        git.Commit("2024-05-06T12:00:00+00:00", "input/_data/faq.yml");
        // Late in the evening in New York is the next day in UTC, and the day shown is the UTC one.
        File.AppendAllText(Path.Combine(site.Input, "guide.md"), "\nMore text.\n");
        git.Commit("2025-03-04T23:30:00-05:00", "input/guide.md");

        var result = BuildPipeline.Run(new BuildOptions(site.Input, Repo.Theme, site.Output, BaseUrl: "https://example.org/"));
        DiagnosticAssert.Clean(result);

        Assert.Equal(("2025-03-05", "5 March 2025"), Shown(site.Html("guide/index.html")));
        Assert.Equal(("2024-01-02", "2 January 2024"), Shown(site.Html("index.html")));
        Assert.Equal(("2024-01-02", "2 January 2024"), Shown(site.Html("glossary/vm/index.html")));
        Assert.Equal(("2024-05-06", "6 May 2024"), Shown(site.Html("faq/index.html")));
        // The front matter wins over git; a file git does not know shows no date.
        Assert.Equal(("2020-06-07", "7 June 2020"), Shown(site.Html("pinned/index.html")));
        Assert.DoesNotContain("<time", site.Html("draft-notes/index.html"));
        // The date is about the page, not its text: search results do not quote it.
        Assert.DoesNotContain("Last updated", site.Html("search-index.json"));

        var sitemap = site.Html("sitemap.xml");
        Assert.Contains("<loc>https://example.org/guide/</loc>\n    <lastmod>2025-03-05</lastmod>", sitemap);
        Assert.Contains("<loc>https://example.org/faq/</loc>\n    <lastmod>2024-05-06</lastmod>", sitemap);
        Assert.Contains("<loc>https://example.org/draft-notes/</loc>\n  </url>", sitemap);

        Assert.Equal("2024-05-06", Node(site.Html("faq/index.html"), "FAQPage").GetProperty("dateModified").GetString());
        Assert.Equal("2024-01-02", Node(site.Html("glossary/index.html"), "DefinedTermSet").GetProperty("dateModified").GetString());
        var page = Node(site.Html("guide/index.html"), "WebPage");
        Assert.Equal("2025-03-05", page.GetProperty("dateModified").GetString());
        Assert.Equal("https://example.org/guide/", page.GetProperty("url").GetString());
    }

    [Fact]
    public void Outside_a_git_checkout_only_front_matter_dates_are_shown_and_two_builds_are_identical()
    {
        using var site = TestSite.Create(Site);
        var options = new BuildOptions(site.Input, Repo.Theme, site.Output, BaseUrl: "https://example.org/");
        DiagnosticAssert.Clean(BuildPipeline.Run(options));
        Assert.DoesNotContain("<time", site.Html("guide/index.html"));
        Assert.DoesNotContain("<time", site.Html("faq/index.html"));
        Assert.DoesNotContain("dateModified", site.Html("faq/index.html"));
        Assert.Equal(("2020-06-07", "7 June 2020"), Shown(site.Html("pinned/index.html")));
        var sitemap = site.Html("sitemap.xml");
        Assert.Single(Regex.Matches(sitemap, "<lastmod>"));
        Assert.Contains("<loc>https://example.org/pinned/</loc>\n    <lastmod>2020-06-07</lastmod>", sitemap);

        var first = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        DiagnosticAssert.Clean(BuildPipeline.Run(options));
        Assert.All(first, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
    }

    [Fact]
    public void A_shallow_clone_shows_no_dates_from_its_cut_off_commit()
    {
        using var site = TestSite.Create(Site);
        var git = GitRepo.Init(site.Root);
        git.Commit("2024-01-02T10:00:00+00:00", "input");
        File.AppendAllText(Path.Combine(site.Input, "guide.md"), "\nMore text.\n");
        git.Commit("2025-03-04T10:00:00+00:00", "input/guide.md");
        var clone = Path.Combine(site.Root, "clone");
        git.Run(null, "clone", "-q", "--depth", "1", "file://" + site.Root, clone);

        var output = Path.Combine(site.Root, "clone-output");
        DiagnosticAssert.Clean(BuildPipeline.Run(new BuildOptions(Path.Combine(clone, "input"), Repo.Theme, output)));
        // Every file looks added by the one commit a depth-1 clone has: that is not when it changed.
        Assert.DoesNotContain("<time", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.DoesNotContain("<time", File.ReadAllText(Path.Combine(output, "guide", "index.html")));
        Assert.Equal(("2020-06-07", "7 June 2020"), Shown(File.ReadAllText(Path.Combine(output, "pinned", "index.html"))));
    }

    /// <summary>
    /// A checkout's own config can name programs that a plain <c>git log</c> runs: here a signed
    /// commit with <c>log.showSignature</c> makes git start <c>gpg.program</c>. The build reads the
    /// dates and starts none of them.
    /// </summary>
    [Fact]
    public void A_checkout_whose_git_config_names_programs_gives_its_dates_without_running_them()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = TestSite.Create(Site);
        var git = GitRepo.Init(site.Root);
        var marker = Path.Combine(site.Root, "ran");
        var program = Path.Combine(site.Root, "tool.sh");
        File.WriteAllText(program, $$"""
            #!/bin/sh
            echo "$*" >> '{{marker}}'
            case "$*" in *--verify*) echo "[GNUPG:] GOODSIG 0 x"; exit 0;; esac
            echo "[GNUPG:] SIG_CREATED D 1 8 00 1 x" >&2
            printf -- '-----BEGIN PGP SIGNATURE-----\neA==\n-----END PGP SIGNATURE-----\n'
            """.Replace("\r", ""));
        File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        git.Run(null, "add", "--", "input");
        git.RunStartingScript("2024-01-02T10:00:00+00:00", "-c", "gpg.program=" + program, "commit", "-q", "-S", "-m", "signed");
        File.Delete(marker);
        foreach (var (key, value) in new[] { ("log.showSignature", "true"), ("gpg.program", program), ("core.pager", program), ("core.fsmonitor", program) })
            git.Run(null, "config", key, value);
        git.RunStartingScript(null, "log", "-1", "--format=%H");
        Assert.True(File.Exists(marker), "the repository's config does start the program for a plain git log");
        File.Delete(marker);

        DiagnosticAssert.Clean(BuildPipeline.Run(new BuildOptions(site.Input, Repo.Theme, site.Output)));
        Assert.Equal(("2024-01-02", "2 January 2024"), Shown(site.Html("guide/index.html")));
        Assert.False(File.Exists(marker), "the build started a program named in the checkout's config");
    }

    [Fact]
    public void An_updated_date_that_is_not_a_day_is_an_error_at_its_value()
    {
        using var site = TestSite.Create(Site + "\n-- later.md --\n---\ntitle: Later\nupdated: March 2025\n---\nBack [home](index.md).\n");
        var error = DiagnosticAssert.Single(site.Build(), "DS1016", "later.md", 3, 10);
        Assert.Equal("`updated` must be a day written YYYY-MM-DD, not `March 2025`.", error.Message);
    }

    private static (string Iso, string Text) Shown(string html)
    {
        var m = Time().Match(html);
        Assert.True(m.Success, "no <time> on the page");
        return (m.Groups[1].Value, m.Groups[2].Value);
    }

    private static JsonElement Node(string html, string type)
    {
        var json = JsonDocument.Parse(Script().Match(html).Groups[1].Value).RootElement;
        return json.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@type").GetString() == type);
    }

    [GeneratedRegex("<p class=\"updated\">Last updated <time datetime=\"([^\"]+)\">([^<]+)</time></p>")]
    private static partial Regex Time();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Script();
}
