using DocsSite.Output;
using DocsSite.Tests.Hostile;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Output;

public sealed class OutputSafetyTests
{
    [Fact]
    public async Task A_file_can_replace_a_folder_of_the_same_name_and_back()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n[Licence](LICENSE.md)\n-- LICENSE.md --\n# Licence\n\nMIT.\n");
        Assert.Equal(0, (await Hostile.Hostile.Build(site)).Code);
        Assert.Equal(0, (await Hostile.Hostile.Build(site)).Code);
        // The page LICENSE/index.html is now in both generations; a plain LICENSE file takes its place.
        File.Delete(Path.Combine(site.Input, "LICENSE.md"));
        File.WriteAllText(Path.Combine(site.Input, "LICENSE"), "MIT licence text\n");
        site.Write("-- index.md --\n# Home\n\n[Licence](LICENSE)\n");
        for (var i = 0; i < 3; i++)
        {
            var (code, _, error) = await Hostile.Hostile.Build(site);
            Assert.True(code == 0, error);
            Assert.Equal("MIT licence text\n", File.ReadAllText(Path.Combine(site.Output, "LICENSE")));
        }
        // And back: the folder replaces the file in the spare.
        File.Delete(Path.Combine(site.Input, "LICENSE"));
        site.Write("-- LICENSE.md --\n# Licence\n\nMIT again.\n-- index.md --\n# Home\n\n[Licence](LICENSE.md)\n");
        for (var i = 0; i < 3; i++)
        {
            var (code, _, error) = await Hostile.Hostile.Build(site);
            Assert.True(code == 0, error);
            Assert.Contains("MIT again.", site.Html("LICENSE/index.html"));
        }
    }

    [Fact]
    public void A_static_file_changed_without_a_change_of_size_or_time_is_copied_again()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n![logo](logo.txt)\n-- logo.txt --\naaaa\n");
        var logo = Path.Combine(site.Input, "logo.txt");
        var when = new DateTime(2020, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(logo, when);
        site.Build();
        site.Build();
        File.WriteAllText(logo, "bbbb\n");
        File.SetLastWriteTimeUtc(logo, when);
        DiagnosticAssert.Clean(site.Build());
        Assert.Equal("bbbb\n", File.ReadAllText(Path.Combine(site.Output, "logo.txt")));
        DiagnosticAssert.Clean(site.Build());
        Assert.Equal("bbbb\n", File.ReadAllText(Path.Combine(site.Output, "logo.txt")));
    }

    [Fact]
    public async Task Two_builds_at_once_never_mix_their_pages()
    {
        using var one = TestSite.Create("-- index.md --\n# One\n\n[a](a.md)\n-- a.md --\n# From one\n");
        using var two = TestSite.Create("-- index.md --\n# Two\n\n[b](b.md)\n-- b.md --\n# From two\n");
        var output = Path.Combine(one.Root, "shared-output");
        for (var round = 0; round < 3; round++)
        {
            var builds = new[] { one, two }.Select(site => Task.Run(() => Cli.CommandLineTests.Run("build", "--input", site.Input, "--output", output, "--theme", Repo.Theme))).ToArray();
            var results = await Task.WhenAll(builds);
            foreach (var (code, _, error) in results)
            {
                Assert.True(code is 0 or 2, error);
                if (code == 2) Assert.Contains("another build is writing to", error);
            }
            Assert.Contains(results, r => r.Code == 0);
            var hasA = File.Exists(Path.Combine(output, "a", "index.html"));
            var hasB = File.Exists(Path.Combine(output, "b", "index.html"));
            Assert.True(hasA ^ hasB, $"round {round}: a={hasA} b={hasB}");
            Assert.Contains(hasA ? "One" : "Two", File.ReadAllText(Path.Combine(output, "index.html")));
        }
    }

    [Fact]
    public void Both_generations_carry_a_marker_listing_the_files_the_build_wrote()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        Directory.CreateDirectory(site.Output);
        DiagnosticAssert.Clean(site.Build());
        DiagnosticAssert.Clean(site.Build());
        foreach (var folder in new[] { site.Output, Path.Combine(site.Root, ".output.spare") })
        {
            var lines = File.ReadAllLines(Path.Combine(folder, ".docssite-output"));
            Assert.StartsWith("This folder is written by DocsSite", lines[0]);
            Assert.Contains("index.html", lines);
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^assets/site\.[0-9a-f]{10}\.css$"));
            Assert.DoesNotContain(lines, l => l.StartsWith('/') || l.Contains(site.Root, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_link_planted_in_the_spare_is_replaced_never_written_through()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\nNew text.\n");
        site.Build();
        site.Build();
        var victim = Path.Combine(site.Root, "victim.txt");
        File.WriteAllText(victim, "keep\n");
        var planted = Path.Combine(site.Root, ".output.spare", "index.html");
        File.Delete(planted);
        File.CreateSymbolicLink(planted, victim);
        DiagnosticAssert.Clean(site.Build());
        Assert.Equal("keep\n", File.ReadAllText(victim));
        Assert.Contains("New text.", site.Html("index.html"));
        Assert.Null(new FileInfo(Path.Combine(site.Output, "index.html")).LinkTarget);
    }

    [Fact]
    public void A_spare_cut_short_mid_build_is_still_the_builds_own()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        site.Build();
        site.Build();
        // What a kill -9 during the writes leaves: a spare marked as being written, with files the marker does not list.
        var folder = new OutputFolder(site.Output);
        folder.WriteText("half/index.html", "<p>half");
        DiagnosticAssert.Clean(site.Build());
        Assert.False(site.Exists("half/index.html"));
        DiagnosticAssert.Clean(site.Build());
        Assert.False(File.Exists(Path.Combine(site.Root, ".output.spare", "half", "index.html")));
    }

    [Fact]
    public void A_spare_folder_made_a_link_after_the_listing_is_neither_written_nor_deleted_through()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n[A](a.md) [B](b.md)\n-- a.md --\n# A\n-- b.md --\n# B\n");
        site.Build();
        site.Build();
        // What the lock's listing saw, then a folder of the spare each way turned into a link to someone's files.
        var survey = OutputOwnership.Survey(site.Output);
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "index.html"), "keep\n");
        var spare = Path.Combine(site.Root, ".output.spare");
        foreach (var name in new[] { "a", "b" })
        {
            Directory.Delete(Path.Combine(spare, name), recursive: true);
            File.CreateSymbolicLink(Path.Combine(spare, name), elsewhere);
        }

        var folder = new OutputFolder(site.Output, survey);
        folder.WriteText("index.html", "home");
        folder.WriteText("a/index.html", "new a"); // a page still: written into a real folder, not through the link
        folder.Commit(); // b went away: its index.html is not deleted through the link, and the link is not published

        Assert.Equal("keep\n", File.ReadAllText(Path.Combine(elsewhere, "index.html")));
        Assert.Equal("new a", File.ReadAllText(Path.Combine(site.Output, "a", "index.html")));
        Assert.Null(new DirectoryInfo(Path.Combine(site.Output, "a")).LinkTarget);
        Assert.False(Path.Exists(Path.Combine(site.Output, "b")));
    }

    [Fact]
    public void One_path_as_both_a_file_and_a_folder_is_an_error_not_a_fight_on_disk()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        var folder = new OutputFolder(site.Output);
        folder.WriteText("a/index.html", "x");
        var error = Assert.Throws<IOException>(() => folder.WriteText("a", "y"));
        Assert.Equal("`a` is both a file and a folder of the output.", error.Message);
        var again = Assert.Throws<IOException>(() => folder.WriteText("a/index.html/x", "z"));
        Assert.Contains("is both a file and a folder of the output", again.Message);
    }

    [Fact]
    public void An_output_folder_of_someone_elses_is_refused_even_when_used_directly()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "notes.txt"), "mine");
        var error = Assert.Throws<OutputRefusedException>(() => new OutputFolder(site.Output));
        Assert.Contains("is not empty and was not written by DocsSite: it holds notes.txt", error.Message);
        var result = site.Build();
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == "DS0003" && d.Message.Contains("notes.txt", StringComparison.Ordinal));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Output, "notes.txt")));
    }

    [Fact]
    public void The_lock_is_exclusive_and_released_after_use()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        var (first, problem) = OutputLock.Take(site.Output);
        Assert.Null(problem);
        var (second, busy) = OutputLock.Take(site.Output);
        Assert.Null(second);
        Assert.StartsWith("another build is writing to", busy);
        first!.Dispose();
        var (third, none) = OutputLock.Take(site.Output);
        Assert.Null(none);
        third!.Dispose();
    }

    [Theory]
    [InlineData(null, 32)]
    [InlineData("", 32)]
    [InlineData("64", 64)]
    [InlineData("1", 1)]
    [InlineData("0", 32)]
    [InlineData("-5", 32)]
    [InlineData("lots", 32)]
    public void The_size_limit_is_read_in_megabytes_from_the_environment(string? value, long megabytes) =>
        Assert.Equal(megabytes, DocsSite.Data.FileLimits.Parse(value));
}
