using System.Globalization;
using DocsSite.Diagnostics;
using DocsSite.Diagnostics.Formatters;
using DocsSite.Pipeline;
using Spectre.Console;

namespace DocsSite.Cli;

/// <summary>Runs a build, shows progress on a terminal, prints every diagnostic and a summary, and picks the exit code.</summary>
internal static class BuildRunner
{
    public static int Run(BuildOptions options, TextWriter output, TextWriter error, bool timings = false, DiagnosticFormat format = DiagnosticFormat.Text)
    {
        var result = RunPipeline(options, output, error);
        if (timings && result is not null)
        {
            foreach (var t in result.Timings)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{t.Elapsed.TotalMilliseconds,8:0.0} ms  {t.Processor.TotalMilliseconds,7:0} ms cpu  {t.Allocated / 1048576.0,7:0.0} MB alloc  gc {t.Collections.Item1}/{t.Collections.Item2}/{t.Collections.Item3}  {t.Step}"));
            // On a large site the collector's pauses are a good part of the whole: the parse trees every page keeps until it renders.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{GC.GetTotalPauseDuration().TotalMilliseconds,8:0.0} ms paused for garbage collection ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of generations 0/1/2)"));
        }
        return Report(options, result, output, error, format);
    }

    /// <summary><c>check</c>: every build step but writing, then, if asked, the external links.</summary>
    public static async Task<int> CheckAsync(BuildOptions options, External.ExternalCheckOptions? external, TextWriter output, TextWriter error, CancellationToken cancel, DiagnosticFormat format = DiagnosticFormat.Text)
    {
        var result = RunPipeline(options, output, error);
        if (result is not null && external is not null)
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10 });
            http.DefaultRequestHeaders.UserAgent.ParseAdd("docssite-linkcheck/1.0");
            // The command line's --ignore and site.yml's external_ignore both apply.
            var checker = new External.ExternalLinkChecker(http, external with { Ignore = [.. external.Ignore, .. result.ExternalIgnore] }, TimeProvider.System);
            await checker.CheckAsync(result.ExternalLinks, result.Diagnostics, cancel);
            if (options.Strict) result.Diagnostics.PromoteWarnings();
        }
        return Report(options, result, output, error, format);
    }

    private static BuildResult? RunPipeline(BuildOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            return RunPipelineOrThrow(options, output, error);
        }
        catch (Exception e) when (Unreadable(e) is { } io)
        {
            // A file that cannot be read is the user's to fix, not a crash: a diagnostic, no stack trace.
            var bag = new DiagnosticBag();
            var file = io is FileNotFoundException { FileName: { } name } ? Path.GetRelativePath(options.Input, name) : options.Input;
            bag.Add(DiagnosticCodes.InputUnreadable, SourceLocation.WholeFile(file), file, io.Message);
            return new BuildResult(bag, 0, TimeSpan.Zero, Written: false);
        }
        catch (Exception e)
        {
            // The last resort, for a fault outside the steps: a diagnostic and exit code 1, never a stack trace.
            var bag = new DiagnosticBag();
            bag.Add(InternalErrors.Diagnose(e, "Running the build", options.Input));
            return new BuildResult(bag, 0, TimeSpan.Zero, Written: false);
        }
    }

    private static Exception? Unreadable(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException all => all.Flatten().InnerExceptions.FirstOrDefault(x => x is IOException or UnauthorizedAccessException),
        _ => null,
    };

    private static BuildResult? RunPipelineOrThrow(BuildOptions options, TextWriter output, TextWriter error)
    {
        if (UsageProblem(options) is { } problem)
        {
            error.WriteLine($"docssite: {problem}");
            return null;
        }
        // Held until the build has swapped its output in: a second build into the same folder is refused, not mixed in.
        var (outputLock, lockProblem) = options.Write ? Output.OutputLock.TakeToWrite(options.Output) : (null, null);
        using var held = outputLock;
        if (lockProblem is { } outputProblem)
        {
            error.WriteLine($"docssite: {outputProblem}");
            return null;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        BuildResult result;
        if (console.Profile.Capabilities.Interactive && ReferenceEquals(output, Console.Out))
        {
            result = null!;
            console.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask("Building");
                result = BuildPipeline.Run(options, (step, done, total) =>
                {
                    task.Description = step;
                    task.MaxValue = total;
                    task.Value = done;
                }, surveyed: held?.Survey);
            });
        }
        else
        {
            result = BuildPipeline.Run(options, surveyed: held?.Survey);
        }
        return result;
    }

    private static int Report(BuildOptions options, BuildResult? result, TextWriter output, TextWriter error, DiagnosticFormat format)
    {
        if (result is null) return ExitCodes.UsageError;

        var diagnostics = result.Diagnostics.Sorted();
        var formatter = DiagnosticFormatters.For(format, DiagnosticFormatters.ErrorIsTerminal(error));
        // Paths are kept relative to the input folder; print them from where the command ran, so editors can open them.
        foreach (var d in diagnostics)
            formatter.Write(File.Exists(Path.Combine(options.Input, d.File)) ? d with { File = Path.Combine(options.Input, d.File).Replace('\\', '/') } : d, output, error);
        // Diagnostics printed to standard output stay machine-readable: the summary goes beside them, to standard error.
        if (formatter.WritesToOutput) output = error;
        var bag = result.Diagnostics;
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var summary = $"{result.PageCount} pages, {bag.ErrorCount} errors, {bag.WarningCount} warnings in {seconds} s";
        if (diagnostics.Any(d => d.Code == DiagnosticCodes.InputNotFound.Code)) return ExitCodes.UsageError;
        if (bag.HasErrors)
        {
            output.WriteLine(options.Write
                ? $"Build failed: {summary}. The previous output in `{options.Output}` was left as it was."
                : $"Check failed: {summary}.");
            return ExitCodes.ContentErrors;
        }
        output.WriteLine(options.Write ? $"Built {summary} -> {options.Output}" : $"Checked {summary}.");
        return ExitCodes.Built;
    }

    /// <summary>
    /// Refuses empty paths, and an output folder that would swallow the input or the theme when it
    /// is replaced, or that lies inside either (it would be read back, or nest itself, on the next build).
    /// </summary>
    private static string? UsageProblem(BuildOptions options)
    {
        foreach (var (option, value) in new[] { ("--input", options.Input), ("--theme", options.Theme), ("--output", options.Output) })
            if (string.IsNullOrWhiteSpace(value))
                return $"{option} is empty; give a folder.";
        if (!options.Write) return null;
        var output = Full(options.Output);
        if (Path.GetPathRoot(output) == output)
            return $"--output `{options.Output}` is the root of the file system; choose a folder of its own.";
        var realOutput = Real(options.Output);
        foreach (var (name, path) in new[] { ("input", options.Input), ("theme", options.Theme) })
        {
            var other = Full(path);
            var realOther = Real(path);
            if (other.StartsWith(output, PathComparison) || realOther.StartsWith(realOutput, PathComparison))
                return $"--output `{options.Output}` contains the {name} folder `{path}`; building would replace it.";
            if (output.StartsWith(other, PathComparison) || realOutput.StartsWith(realOther, PathComparison))
                return $"--output `{options.Output}` is inside the {name} folder `{path}`; the next build would read the site back as {name}. Choose a folder outside it.";
        }
        return null;
    }

    private static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>With links resolved, so a link cannot hide that one folder holds the other.</summary>
    private static string Real(string path) => (Data.RealPath.Of(path) ?? Path.GetFullPath(path)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
