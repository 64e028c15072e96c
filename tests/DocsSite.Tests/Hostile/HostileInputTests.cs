using System.Text;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Hostile;

/// <summary>
/// The catalogue of bad inputs (issue 8): each is dropped into a site that built cleanly, and the
/// next build must report it with its code and place, exit 1, print no stack trace, and leave the
/// previous output exactly as it was. None may hang or read anything outside the input folder.
/// </summary>
public sealed class HostileInputTests
{
    /// <param name="File">Relative to the input folder (or the theme, for theme cases).</param>
    private sealed record Case(Action<TestSite> Arrange, string Code, string File, int Line = 0, int Column = 0);

    private static readonly byte[] Utf8Bom = new byte[] { 0xEF, 0xBB, 0xBF };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Links that leave the input: nothing behind them may be read, let alone published.
        ["link to /etc/passwd as a static file"] = new(s => Link(s, "passwd.txt", "/etc/passwd"), "DS0010", "passwd.txt"),
        ["link to /proc/self/environ (CI secrets)"] = new(s => Link(s, "env.txt", "/proc/self/environ"), "DS0010", "env.txt"),
        ["link to /proc/self/environ as a page"] = new(s => Link(s, "env.md", "/proc/self/environ"), "DS0010", "env.md"),
        ["link to /dev/zero as a page"] = new(s => Link(s, "zero.md", "/dev/zero"), "DS0010", "zero.md"),
        ["link to /dev/urandom as an image"] = new(s => Link(s, "noise.png", "/dev/urandom"), "DS0010", "noise.png"),
        ["link to a page outside the input"] = new(s => Link(s, "secret.md", Outside(s, "secret.md", "# Secret\n")), "DS0010", "secret.md"),
        ["link to a folder outside the input"] = new(s => Link(s, "home", OutsideFolder(s)), "DS0010", "home"),
        ["relative link climbing out of the input"] = new(s => { Outside(s, "x.md", "# X\n"); Link(s, "docs/x.md", "../../elsewhere/x.md"); }, "DS0010", "docs/x.md"),
        ["link to site.yml outside the input"] = new(s => Link(s, "site.yml", Outside(s, "site.yml", "title: Other\n")), "DS0010", "site.yml"),
        ["link to a data file outside the input"] = new(s => Link(s, "_data/sources.yml", Outside(s, "sources.yml", "- id: a\n  title: A\n")), "DS0010", "_data/sources.yml"),
        ["link into a hidden folder of the input"] = new(s => { s.Write("-- .git/config --\n[remote]\ntoken = x\n"); Link(s, "config.txt", ".git/config"); }, "DS0010", "config.txt"),

        // Files that are not regular files: reading them would hang or never end.
        ["FIFO named pipe.md"] = new(s => Hostile.MakeFifo(Path.Combine(s.Input, "pipe.md")), "DS0011", "pipe.md"),
        ["FIFO as a static file"] = new(s => Hostile.MakeFifo(Path.Combine(s.Input, "feed.xml")), "DS0011", "feed.xml"),
        ["FIFO as a data file"] = new(s => { Directory.CreateDirectory(Path.Combine(s.Input, "_data")); Hostile.MakeFifo(Path.Combine(s.Input, "_data", "faq.yml")); }, "DS0011", "_data/faq.yml"),
        ["Unix socket in the input"] = new(s => Hostile.MakeSocket(Path.Combine(s.Input, "agent.sock")), "DS0011", "agent.sock"),
        ["link to a FIFO inside the input"] = new(s => { Hostile.MakeFifo(Path.Combine(s.Input, "p")); Link(s, "p.md", "p"); }, "DS0011", "p"),

        // Loops: detected, never followed round.
        ["two links pointing at each other"] = new(s => { Link(s, "a.md", "b.md"); Link(s, "b.md", "a.md"); }, "DS0012", "a.md"),
        ["link to its own folder"] = new(s => Link(s, "again", "."), "DS0012", "again"),
        ["link to the parent folder, deeper down"] = new(s => { Directory.CreateDirectory(Path.Combine(s.Input, "guide")); Link(s, "guide/up", ".."); }, "DS0012", "guide/up"),
        ["two folder loops at once"] = new(s => { Link(s, "loop1", "."); Directory.CreateDirectory(Path.Combine(s.Input, "d")); Link(s, "d/loop2", "../d"); }, "DS0012", "d/loop2"),

        // Size: a clear error, not an out-of-memory.
        ["a 40 MB page"] = new(s => Hostile.WriteSparse(Path.Combine(s.Input, "huge.md"), 40L << 20), "DS0013", "huge.md"),
        ["a 40 MB static file"] = new(s => Hostile.WriteSparse(Path.Combine(s.Input, "video.mp4"), 40L << 20), "DS0013", "video.mp4"),

        // Text that is not UTF-8, or holds NUL: reported at the first bad byte, not turned into U+FFFD.
        ["invalid UTF-8 byte in a page"] = new(s => Hostile.WriteBytes(s, "about.md", Bytes("# About\n\nab", new byte[] { 0xFF }, "cd\n")), "DS0014", "about.md", 3, 3),
        ["Latin-1 page (café)"] = new(s => Hostile.WriteBytes(s, "about.md", Bytes("# About\n\nLe caf", new byte[] { 0xE9 }, " est bon.\n")), "DS0014", "about.md", 3, 7),
        ["UTF-8 cut short at the end of a page"] = new(s => Hostile.WriteBytes(s, "about.md", Bytes("# About\n\nnaïve ", new byte[] { 0xC3 })), "DS0014", "about.md", 3, 7),
        ["invalid UTF-8 after a BOM and multi-byte text"] = new(s => Hostile.WriteBytes(s, "about.md", Bytes("", Utf8Bom, "# Über\n\nß é ", new byte[] { 0x80 }, "\n")), "DS0014", "about.md", 3, 5),
        ["invalid UTF-8 in a data file"] = new(s => Hostile.WriteBytes(s, "_data/sources.yml", Bytes("- id: a\n  title: A", new byte[] { 0xFE }, "\n")), "DS0014", "_data/sources.yml", 2, 11),
        ["invalid UTF-8 in site.yml"] = new(s => Hostile.WriteBytes(s, "site.yml", Bytes("title: Caf", new byte[] { 0xE9 }, "\n")), "DS0014", "site.yml", 1, 11),
        ["invalid UTF-8 in front matter, CRLF lines"] = new(s => Hostile.WriteBytes(s, "about.md", Bytes("---\r\ntitle: A", new byte[] { 0xC0, 0xAF }, "\r\n---\r\nText\r\n")), "DS0014", "about.md", 2, 9),
        ["NUL byte in a page"] = new(s => Hostile.WriteBytes(s, "about.md", Bytes("# About\nab", new byte[] { 0 }, "c\n")), "DS0015", "about.md", 2, 3),
        ["NUL byte in a data file"] = new(s => Hostile.WriteBytes(s, "_data/sources.yml", Bytes("- id: a\n", new byte[] { 0 }, "  title: A\n")), "DS0015", "_data/sources.yml", 2, 1),
        ["UTF-16 page (NUL in every other byte)"] = new(s => Hostile.WriteBytes(s, "about.md", Encoding.Unicode.GetBytes("# About\n")), "DS0015", "about.md", 1, 2),

        // Nothing to build: an error, and the last site stays.
        ["empty input folder"] = new(s => Empty(s), "DS0016", "input"),
        ["input with only an image"] = new(s => { Empty(s); Hostile.WriteBytes(s, "logo.png", [1, 2, 3]); }, "DS0016", "input"),
        ["input with only site.yml"] = new(s => { Empty(s); s.Write("-- site.yml --\ntitle: T\n"); }, "DS0016", "input"),
        ["input whose only page is in a hidden folder"] = new(s => { Empty(s); s.Write("-- .drafts/a.md --\n# A\n"); }, "DS0016", "input"),

        // The theme's assets obey the same rules.
        ["theme asset linking to /etc/passwd"] = new(s => File.CreateSymbolicLink(Theme(s, "assets/passwd.css"), "/etc/passwd"), "DS0010", "theme/assets/passwd.css"),
        ["theme asset that is a FIFO"] = new(s => Hostile.MakeFifo(Theme(s, "assets/pipe.js")), "DS0011", "theme/assets/pipe.js"),
        ["theme partial linking to /etc/passwd"] = new(s => File.CreateSymbolicLink(Theme(s, "partials/passwd.hbs"), "/etc/passwd"), "DS0010", "theme/partials/passwd.hbs"),
        ["theme layout that is a FIFO"] = new(s => Hostile.MakeFifo(Theme(s, "layouts/pipe.hbs")), "DS0011", "theme/layouts/pipe.hbs"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_input_is_reported_with_its_place_and_the_previous_output_stays(string name)
    {
        var c = Cases[name];
        using var site = await Hostile.BuiltSite();
        var before = Hostile.Hash(site.Output);
        // Theme cases work on a copy of the real theme beside the site.
        var theme = name.StartsWith("theme ", StringComparison.Ordinal) ? site.ThemeWith() : null;
        c.Arrange(site);

        // Run apart from the test's thread, so a build that hangs fails the case instead of the run.
        var build = Task.Run(() => Hostile.Build(site, theme));
        Assert.True(await Task.WhenAny(build, Task.Delay(TimeSpan.FromMinutes(1))) == build, "the build hung");
        var (code, output, error) = await build;

        Assert.Equal(1, code);
        Hostile.AssertDiagnostic(error, c.Code, c.File, c.Line, c.Column);
        Hostile.AssertNoStackTrace(output, error);
        Assert.Contains("The previous output", output);
        Assert.Equal(before, Hostile.Hash(site.Output));
        Assert.DoesNotContain("root:", error);
    }

    [Fact]
    public void The_catalogue_covers_every_new_input_code()
    {
        var codes = Cases.Values.Select(c => c.Code).ToHashSet();
        foreach (var code in new[] { "DS0010", "DS0011", "DS0012", "DS0013", "DS0014", "DS0015", "DS0016" }) Assert.Contains(code, codes);
        Assert.True(Cases.Count >= 30, $"{Cases.Count} cases");
    }

    private static string Theme(TestSite site, string path) => Path.Combine(site.Root, "theme", path);

    private static void Link(TestSite site, string path, string target)
    {
        var full = Path.Combine(site.Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }

    /// <summary>A file beside the input folder, never inside it.</summary>
    private static string Outside(TestSite site, string name, string text)
    {
        var path = Path.Combine(site.Root, "elsewhere", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string OutsideFolder(TestSite site)
    {
        Outside(site, "notes.md", "# Notes\n");
        return Path.Combine(site.Root, "elsewhere");
    }

    private static void Empty(TestSite site)
    {
        Directory.Delete(site.Input, recursive: true);
        Directory.CreateDirectory(site.Input);
    }

    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : (byte[])p).ToArray();
}
