using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DocsSite.Tests.Cli;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Hostile;

/// <summary>Shared steps of the bad-input catalogue: a good site built once, a hash of a folder, a build through the command line.</summary>
internal static class Hostile
{
    public const string GoodSite = """
        -- index.md --
        # Home

        [About](about.md)
        -- about.md --
        # About

        A page.
        """;

    /// <summary>A site built once, cleanly, so every case can check that its output survives the bad build.</summary>
    public static async Task<TestSite> BuiltSite(string files = GoodSite)
    {
        var site = TestSite.Create(files);
        var (code, _, error) = await Build(site);
        Assert.True(code == 0, error);
        return site;
    }

    public static Task<(int Code, string Out, string Err)> Build(TestSite site, string? theme = null) =>
        CommandLineTests.Run("build", "--input", site.Input, "--output", site.Output, "--theme", theme ?? Repo.Theme);

    /// <summary>Every file under the folder (or the one file), by relative path and content; links are hashed by target, never followed.</summary>
    public static string Hash(string folder)
    {
        if (File.Exists(folder)) return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(folder)));
        if (!Directory.Exists(folder)) return "missing";
        using var sha = SHA256.Create();
        var text = new StringBuilder();
        var pending = new Stack<string>([folder]);
        var entries = new List<(string, string)>();
        while (pending.TryPop(out var dir))
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(folder, entry.FullName);
                if (entry.LinkTarget is { } target) entries.Add((relative, "link:" + target));
                else if (entry is DirectoryInfo) { entries.Add((relative, "dir")); pending.Push(entry.FullName); }
                else entries.Add((relative, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)))));
            }
        foreach (var (path, content) in entries.Order()) text.Append(path).Append('=').Append(content).Append('\n');
        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The diagnostic line for <paramref name="file"/> (relative to the input, printed with or without the input's path in front).</summary>
    public static void AssertDiagnostic(string error, string code, string file, int line = 0, int column = 0)
    {
        var where = Regex.Escape(file) + (line > 0 ? $@"\({line},{column}\)" : "");
        Assert.Matches(new Regex($@"(^|[/\\]){where}: error {code}: ", RegexOptions.Multiline), error);
    }

    public static void AssertNoStackTrace(string output, string error)
    {
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Exception", error);
        Assert.DoesNotContain("Unhandled", error);
    }

    public static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>A Unix socket file that stays after the socket closes, as a crashed server's would (closing unlinks the bound name, so a second name is kept).</summary>
    public static void MakeSocket(string path)
    {
        using (var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            socket.Bind(new UnixDomainSocketEndPoint(path + ".tmp"));
            using var process = Process.Start("ln", [path + ".tmp", path]);
            process.WaitForExit();
        }
        Assert.True(File.Exists(path));
    }

    public static void WriteBytes(TestSite site, string path, byte[] bytes)
    {
        var full = Path.Combine(site.Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>A file of <paramref name="bytes"/> zeros that takes no room on disk (sparse).</summary>
    public static void WriteSparse(string path, long bytes)
    {
        using var stream = File.Create(path);
        stream.SetLength(bytes);
    }
}
