using System.Diagnostics;

namespace DocsSite.Tests.Support;

/// <summary>A git repository made by a test, with commits at fixed dates (GIT_COMMITTER_DATE), so the dates a build shows are known.</summary>
internal sealed class GitRepo(string root)
{
    public string Root { get; } = root;

    public static GitRepo Init(string root)
    {
        var repo = new GitRepo(root);
        repo.Run(null, "init", "-q", "-b", "main");
        return repo;
    }

    /// <summary>Commits <paramref name="paths"/> (relative to the root) with both dates set to <paramref name="date"/> (ISO 8601).</summary>
    public void Commit(string date, params string[] paths)
    {
        Run(null, ["add", "--", .. paths]);
        Run(date, "commit", "-q", "-m", "at " + date);
    }

    public string Run(string? date, params string[] args)
    {
        var (code, output, error) = Start(date, args);
        Assert.True(code == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }

    /// <summary>
    /// Runs git that starts a script the test has just written: while other tests start processes,
    /// the script can be briefly "busy" (ETXTBSY) and fail to start, so this tries a few times.
    /// </summary>
    public string RunStartingScript(string? date, params string[] args)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (code, output, error) = Start(date, args);
            if (code == 0) return output;
            Assert.True(attempt < 5, $"git {string.Join(' ', args)}: {error}");
            Thread.Sleep(200 * attempt);
        }
    }

    private (int Code, string Output, string Error) Start(string? date, string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var setting in (string[])["user.name=Test", "user.email=test@example.org", "commit.gpgSign=false", "init.defaultBranch=main"])
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
