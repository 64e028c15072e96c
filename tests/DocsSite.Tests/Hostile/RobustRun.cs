using System.Security.Cryptography;
using System.Text;
using DocsSite.Cli;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Hostile;

/// <summary>
/// Runs hostile input through the command line as a user would, and checks what the user sees:
/// the exit code, the diagnostic at its place, no stack trace, and the last good output untouched.
/// </summary>
internal static class RobustRun
{
    public static async Task<(int Code, string Out, string Err)> Build(TestSite site, string? theme = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(["build", "--input", site.Input, "--output", site.Output, "--theme", theme ?? Repo.Theme], output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Builds <paramref name="good"/> (which must succeed), then writes <paramref name="bad"/> over it and builds
    /// again: the second build must fail with exactly one <paramref name="code"/> at the place given (line 0:
    /// the whole file), exit code 1, no stack trace, and leave the first build's output byte for byte.
    /// </summary>
    /// <returns>The diagnostic's line as printed, for message checks.</returns>
    /// <param name="alone">No other error may be reported: a cause, not a cascade.</param>
    public static Task<string> FailsAt(string good, string bad, string code, string file, int line, int column,
        Func<TestSite, string>? theme = null, bool alone = true) =>
        FailsAt(good, site => site.Write(bad), code, file, line, column, theme, alone);

    /// <summary>As above, with the bad files written by <paramref name="bad"/> (byte for byte: line endings, BOMs).</summary>
    public static async Task<string> FailsAt(string good, Action<TestSite> bad, string code, string file, int line, int column,
        Func<TestSite, string>? theme = null, bool alone = true)
    {
        using var site = TestSite.Create(good);
        var first = await Build(site);
        Assert.True(first.Code == 0, "The good site must build: " + first.Err);
        var before = TreeHash(site.Output);
        bad(site);
        var (exit, output, error) = await Build(site, theme?.Invoke(site));
        Assert.DoesNotContain("   at ", error + output);
        Assert.DoesNotContain("Unhandled", error + output);
        Assert.True(exit == 1, $"Expected exit code 1, got {exit}:\n{error}{output}");
        var lines = error.Split('\n').Where(l => l.Contains($": error {code}: ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, $"Expected one {code}, got:\n{error}");
        var where = line > 0 ? $"{file}({line},{column}): error {code}: " : $"{file}: error {code}: ";
        Assert.True(lines[0].Contains(where, StringComparison.Ordinal), $"Expected `{where}`, got:\n{error}");
        if (alone) Assert.True(error.Split('\n').Count(l => l.Contains(": error ", StringComparison.Ordinal)) == 1, $"Expected no other error, got:\n{error}");
        Assert.Equal(before, TreeHash(site.Output));
        return lines[0];
    }

    /// <summary>One hash over every file's path and bytes, in ordinal path order.</summary>
    public static string TreeHash(string folder)
    {
        using var sha = SHA256.Create();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\0");
            sha.TransformBlock(name, 0, name.Length, null, 0);
            var bytes = File.ReadAllBytes(file);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }
        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexString(sha.Hash!);
    }
}
