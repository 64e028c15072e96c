using DocsSite.Tests.Support;

namespace DocsSite.Tests.Output;

public sealed class OutputFolderTests
{
    private const string Site = """
        -- index.md --
        # Home

        [a](a.md) [b](b.md)
        -- a.md --
        # A
        -- b.md --
        # B
        """;

    [Fact]
    public void Pages_that_went_away_leave_the_output()
    {
        using var site = TestSite.Create(Site);
        site.Build();
        site.Build();
        File.Delete(Path.Combine(site.Input, "b.md"));
        site.Write("-- index.md --\n# Home\n\n[a](a.md)\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.True(site.Exists("a/index.html"));
        Assert.False(site.Exists("b/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "b")));
    }

    [Fact]
    public void Only_files_whose_bytes_changed_are_rewritten()
    {
        using var site = TestSite.Create(Site);
        site.Build();
        site.Build();
        MarkSpare(site, "*.html");
        site.Write("-- a.md --\n# A\n\nA new paragraph.\n");
        site.Build();
        Assert.Equal(Marked, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "b", "index.html")));
        Assert.NotEqual(Marked, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "a", "index.html")));
        Assert.Contains("A new paragraph.", site.Html("a/index.html"));
    }

    [Fact]
    public void A_file_made_in_pieces_is_written_whole_and_only_rewritten_when_its_bytes_change()
    {
        using var site = TestSite.Create(Site);
        site.Build();
        site.Build();
        MarkSpare(site, "llms-full.txt", "search-index.json");
        site.Build();
        Assert.Equal(Marked, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "llms-full.txt")));
        Assert.Equal(Marked, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "search-index.json")));
        var full = File.ReadAllText(Path.Combine(site.Output, "llms-full.txt"));
        Assert.StartsWith("# ", full);
        Assert.Contains("\n\n---\n\n# B\n\nURL: b/\n\n", full);
        Assert.EndsWith("\n", full);
        Assert.False(full.EndsWith("\n\n", StringComparison.Ordinal) || char.IsWhiteSpace(full[^2]));

        MarkSpare(site, "llms-full.txt", "search-index.json");
        site.Write("-- b.md --\n# B\n\nA new paragraph.\n");
        site.Build();
        Assert.NotEqual(Marked, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "llms-full.txt")));
        Assert.Contains("\n\nA new paragraph.\n", File.ReadAllText(Path.Combine(site.Output, "llms-full.txt")));
        Assert.Contains("A new paragraph.", File.ReadAllText(Path.Combine(site.Output, "search-index.json")));
    }

    private static readonly DateTime Marked = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The spare holds the build before last: marks its files (names or patterns) so a rewrite would show.</summary>
    private static void MarkSpare(TestSite site, params string[] patterns)
    {
        foreach (var pattern in patterns)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, ".output.spare"), pattern, SearchOption.AllDirectories))
                File.SetLastWriteTimeUtc(file, Marked);
    }

    [Fact]
    public void A_swap_cut_short_is_undone_by_the_next_build()
    {
        using var site = TestSite.Create(Site);
        site.Build();
        Directory.Move(site.Output, Path.Combine(site.Root, ".output.retiring"));
        new DocsSite.Output.OutputFolder(site.Output);
        Assert.True(site.Exists("a/index.html"));
    }
}
