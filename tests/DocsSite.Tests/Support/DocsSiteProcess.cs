using System.Diagnostics;

namespace DocsSite.Tests.Support;

/// <summary>The built docssite.dll (copied beside the test binaries), run in a process of its own as a user runs it.</summary>
internal static class DocsSiteProcess
{
    private static string Program => Path.Combine(AppContext.BaseDirectory, "docssite.dll");

    /// <summary>
    /// Runs <c>dotnet docssite.dll ARGS</c> with <paramref name="environment"/> laid over the
    /// test's own (a null value removes the variable), and with <paramref name="runtimeConfig"/>
    /// in place of the program's runtimeconfig.json when given.
    /// </summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(
        IReadOnlyDictionary<string, string?> environment, string? runtimeConfig, params string[] args)
    {
        // The SDK names the dotnet host it runs under; fall back to the one on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (runtimeConfig is not null)
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(runtimeConfig);
        }
        start.ArgumentList.Add(Program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// A copy of the program's runtimeconfig.json, written into <paramref name="folder"/>, with
    /// invariant globalization off, so that LANG and LC_ALL choose the culture (through ICU) as
    /// they would if the project ever dropped InvariantGlobalization.
    /// </summary>
    public static string RuntimeConfigWithCultures(string folder)
    {
        var original = File.ReadAllText(Path.ChangeExtension(Program, ".runtimeconfig.json"));
        const string Invariant = "\"System.Globalization.Invariant\": true";
        Assert.Contains(Invariant, original);
        var path = Path.Combine(folder, "docssite.cultures.runtimeconfig.json");
        File.WriteAllText(path, original.Replace(Invariant, "\"System.Globalization.Invariant\": false"));
        return path;
    }
}
