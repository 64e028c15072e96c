using DocsSite.Tests.Cli;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Hostile;

/// <summary>
/// The output half of the catalogue: a build writes only into a folder that is missing, empty or
/// its own. Each case is a usage error (exit 2) naming the folder, with no stack trace, and the
/// folder it guards is byte for byte the same after two attempts (the old code moved a foreign
/// folder aside on the first build and deleted it on the second).
/// </summary>
public sealed class HostileOutputTests
{
    /// <param name="Arrange">Sets the scene and gives the build's arguments after "build".</param>
    /// <param name="Guarded">The folder that must not change, relative to the site's root.</param>
    /// <param name="Message">Text the error must hold; "{root}" stands for the site's root.</param>
    private sealed record Case(Func<TestSite, string[]> Arrange, string Guarded, params string[] Message);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["output is a folder of the user's"] = new(s =>
            {
                s.Write("-- index.md --\n# Home\n");
                Files(s, "mine", "README.md", "img/logo.png", "CNAME", "a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt", "i.txt", "j.txt", "k.txt");
                return Args(s, output: Path.Combine(s.Root, "mine"));
            },
            "mine", "{root}/mine` is not empty and was not written by DocsSite: it holds CNAME, README.md and 12 more; choose an empty folder or delete it."),
        ["--output docs in a repository"] = new(s =>
            {
                Files(s, "docs", "diagnostics.md");
                return Args(s, output: Path.Combine(s.Root, "docs"));
            },
            "docs", "docs` is not empty and was not written by DocsSite: it holds diagnostics.md;"),
        ["--output src in a repository"] = new(s =>
            {
                Files(s, "src", "App/Program.cs", "App/App.csproj", "README.md");
                return Args(s, output: Path.Combine(s.Root, "src"));
            },
            "src", "it holds App/ and README.md;"),
        ["output is the folder holding the input"] = new(s => Args(s, output: s.Root), "input", "contains the input folder"),
        ["output is the input folder"] = new(s => Args(s, output: s.Input), "input", "contains the input folder"),
        ["output inside the input (--input . with the default output)"] = new(s => Args(s, output: Path.Combine(s.Input, "output")), "input", "is inside the input folder"),
        ["output inside the theme"] = new(s => { var theme = s.ThemeWith(); return Args(s, output: Path.Combine(theme, "site"), theme: theme); }, "theme", "is inside the theme folder"),
        ["output holding the theme"] = new(s => { s.ThemeWith(); return Args(s, output: s.Root, theme: Path.Combine(s.Root, "theme")); }, "theme", "contains the"),
        ["output is the root of the file system"] = new(s => Args(s, output: "/"), "input", "--output `/` is the root of the file system"),
        ["--input is empty"] = new(s => ["--input", "", "--output", s.Output, "--theme", Repo.Theme], "input", "--input is empty"),
        ["--output is empty"] = new(s => ["--input", s.Input, "--output", "", "--theme", Repo.Theme], "input", "--output is empty"),
        ["--theme is empty"] = new(s => ["--input", s.Input, "--output", s.Output, "--theme", ""], "input", "--theme is empty"),
        ["output is a file"] = new(s => { File.WriteAllText(Path.Combine(s.Root, "site.txt"), "keep me"); return Args(s, output: Path.Combine(s.Root, "site.txt")); }, "site.txt", "site.txt` is a file, not a folder"),
        ["output is a link to a folder of the user's"] = new(s =>
            {
                Files(s, "real", "notes.txt");
                Directory.CreateSymbolicLink(Path.Combine(s.Root, "linked"), Path.Combine(s.Root, "real"));
                return Args(s, output: Path.Combine(s.Root, "linked"));
            },
            "real", "linked` is a symbolic link"),
        ["a spare left by the old code holds the user's files"] = new(s =>
            {
                Files(s, ".output.spare", "thesis.tex", "figures/1.png");
                return Args(s);
            },
            ".output.spare", ".output.spare` beside `", "is not empty and was not written by DocsSite: it holds figures/ and thesis.tex"),
        ["a retiring folder that is not DocsSite's"] = new(s =>
            {
                Files(s, ".output.retiring", "backup.zip");
                return Args(s);
            },
            ".output.retiring", ".output.retiring` beside `", "it holds backup.zip"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_folder_that_is_not_the_builds_own_is_refused_and_kept(string name)
    {
        var c = Cases[name];
        using var site = TestSite.Create(Hostile.GoodSite);
        var args = c.Arrange(site);
        var guarded = Path.Combine(site.Root, c.Guarded);
        var before = Hostile.Hash(guarded);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (code, output, error) = await CommandLineTests.Run(["build", .. args]);
            Assert.Equal(2, code);
            Assert.StartsWith("docssite: ", error);
            foreach (var text in c.Message) Assert.Contains(text.Replace("{root}", site.Root), error);
            Hostile.AssertNoStackTrace(output, error);
            Assert.Equal(before, Hostile.Hash(guarded));
        }
        Assert.False(Directory.Exists(Path.Combine(site.Input, "output")));
    }

    [Fact]
    public async Task A_file_added_by_hand_to_the_built_output_is_never_deleted()
    {
        using var site = await Hostile.BuiltSite();
        File.WriteAllText(Path.Combine(site.Output, "CNAME"), "docs.example.org\n");
        var before = Hostile.Hash(site.Output);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (code, output, error) = await Hostile.Build(site);
            Assert.Equal(2, code);
            Assert.Contains($"`{site.Output}` holds CNAME, which DocsSite did not write; a build would delete it.", error);
            Hostile.AssertNoStackTrace(output, error);
        }
        Assert.Equal(before, Hostile.Hash(site.Output));
        Assert.Equal("docs.example.org\n", File.ReadAllText(Path.Combine(site.Output, "CNAME")));
    }

    [Fact]
    public async Task A_build_while_another_holds_the_output_fails_at_once_and_changes_nothing()
    {
        using var site = await Hostile.BuiltSite();
        site.Write("-- about.md --\n# About\n\nChanged.\n");
        var before = Hostile.Hash(site.Output);
        using (new FileStream(Path.Combine(site.Root, ".output.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var (code, output, error) = await Hostile.Build(site);
            Assert.Equal(2, code);
            Assert.Contains($"docssite: another build is writing to `{site.Output}` right now (it holds `.output.lock` beside it); wait for it to finish, then build again.", error);
            Hostile.AssertNoStackTrace(output, error);
            Assert.Equal(before, Hostile.Hash(site.Output));
        }
        Assert.Equal(0, (await Hostile.Build(site)).Code);
        Assert.Contains("Changed.", site.Html("about/index.html"));
    }

    [Fact]
    public async Task A_write_failure_is_an_output_error_naming_the_output_not_an_input_error()
    {
        // Output paths longer than the system allows (4096 bytes on Linux) fail as a full disk does: in the middle of writing.
        using var site = TestSite.Create(Hostile.GoodSite);
        // About 3,900 bytes: the first site fits under the limit, a page 400 bytes deeper does not.
        var deep = site.Root;
        while (deep.Length < 3640) deep = Path.Combine(deep, new string('o', 200));
        deep = Path.Combine(deep, new string('s', 3889 - deep.Length));
        var (first, _, firstError) = await CommandLineTests.Run("build", "--input", site.Input, "--output", deep, "--theme", Repo.Theme);
        Assert.True(first == 0, firstError);
        var before = Hostile.Hash(deep);
        site.Write($"-- {new string('p', 200)}/{new string('q', 200)}/page.md --\n# Deep\n\n[Home](../../index.md)\n");
        site.Write("-- index.md --\n# Home\n\n[About](about.md) [Deep](" + new string('p', 200) + "/" + new string('q', 200) + "/page.md)\n");

        var (code, output, error) = await CommandLineTests.Run("build", "--input", site.Input, "--output", deep, "--theme", Repo.Theme);

        Assert.Equal(1, code);
        Assert.Matches($"(^|/){System.Text.RegularExpressions.Regex.Escape(deep.TrimStart('/'))}: error DS0003: Could not write the output `", error);
        Assert.DoesNotContain("DS0004", error);
        Hostile.AssertNoStackTrace(output, error);
        Assert.Equal(before, Hostile.Hash(deep));
    }

    private static string[] Args(TestSite site, string? output = null, string? theme = null) =>
        ["--input", site.Input, "--output", output ?? site.Output, "--theme", theme ?? Repo.Theme];

    private static void Files(TestSite site, string folder, params string[] paths)
    {
        foreach (var path in paths)
        {
            var full = Path.Combine(site.Root, folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, $"the user's {path}\n");
        }
    }
}
