using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DocsSite.History;

/// <summary>
/// When each file of the input last changed, from one <c>git log</c> over the whole input (not
/// one process per file). The input may be someone else's checkout, so git runs without a shell,
/// with the arguments as a list, without the caller's <c>GIT_*</c> variables, with nothing that
/// could start another program (pager, signature check, external diff, fetch) and with a time
/// limit. Anything that goes wrong (no checkout, no git, a timeout) gives no dates at all.
/// </summary>
internal static class GitHistory
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Input path ("guide/a.md", "_data/faq.yml") to the UTC day of the last commit that changed it.</summary>
    public static IReadOnlyDictionary<string, DateOnly> Read(string inputRoot)
    {
        var none = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        try
        {
            var input = Path.GetFullPath(inputRoot);
            // No .git in the input's folder or above it: no process is started.
            if (Data.GitCheckout.RootOf(input) is null) return none;
            // A shallow clone's oldest commit shows every file as added on its date: those dates are unknown.
            var shallow = Git(input, "rev-parse", "--is-shallow-repository");
            if (shallow is null) return none;
            var log = Git(input, "log", "--no-color", "--no-ext-diff", "--no-textconv", "--no-show-signature", "--no-renames",
                "--no-merges", "--format=%x00%ct %P", "--name-only", "-z", "--relative", "--", ".");
            return log is null ? none : Parse(log, ignoreRoots: shallow.Trim() == "true");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return none;
        }
    }

    /// <summary>
    /// Reads <c>--format=%x00%ct %P --name-only -z</c>: an empty field (no file name is empty) comes
    /// before each commit's "seconds parents", then its file names, the first after a newline.
    /// A path keeps its latest date, whatever order the commits come in.
    /// </summary>
    internal static Dictionary<string, DateOnly> Parse(string log, bool ignoreRoots)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var fields = log.Split('\0');
        DateOnly? day = null;
        var first = false;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (field.Length == 0)
            {
                if (i + 1 >= fields.Length) break;
                var header = fields[++i].Split(' ', 2);
                day = long.TryParse(header[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                    && seconds is >= 0 and <= 253402300799
                    && !(ignoreRoots && (header.Length < 2 || header[1].Trim().Length == 0))
                    ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
                    : null;
                first = true;
                continue;
            }
            if (first && field.StartsWith('\n')) field = field[1..];
            first = false;
            if (day is not { } d || field.Length == 0) continue;
            if (!dates.TryGetValue(field, out var known) || d > known) dates[field] = d;
        }
        return dates;
    }

    /// <summary>git's standard output, or null when it fails, is missing or takes too long.</summary>
    private static string? Git(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GIT_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_NO_LAZY_FETCH"] = "1";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";
        // The repository's own config cannot start a program: no pager, no gpg, no hooks, no fsmonitor, no fetch of missing objects.
        foreach (var setting in (string[])["core.pager=cat", "log.showSignature=false", "core.fsmonitor=false", "core.hooksPath=/dev/null",
                     "protocol.allow=never", "diff.renames=false", "log.follow=false", "core.quotePath=false"])
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }
        start.ArgumentList.Add("--no-pager");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start);
        if (process is null) return null;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
            return null;
        }
        process.WaitForExit();
        return process.ExitCode == 0 ? output.GetAwaiter().GetResult() : null;
    }
}
