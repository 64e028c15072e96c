using System.CommandLine;
using DocsSite.Diagnostics.Formatters;
using DocsSite.External;
using DocsSite.Pipeline;

namespace DocsSite.Cli;

/// <summary>The <c>docssite</c> commands. Exit codes: 0 built, 1 content errors, 2 usage error.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var stdout = output ?? Console.Out;
        var stderr = error ?? Console.Error;
        var root = new RootCommand("DocsSite: builds a cross-linked static knowledge site from Markdown and YAML data.")
        {
            BuildCommand(stdout, stderr),
            CheckCommand(stdout, stderr),
            NewCommand(stdout, stderr),
            ServeCommand(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine($"docssite: {e.Message}");
            stderr.WriteLine("Run `docssite --help` for usage.");
            return ExitCodes.UsageError;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static readonly Option<string> Input = new("--input") { Description = "Folder of Markdown pages, _data/ and site.yml", DefaultValueFactory = _ => "input" };
    private static readonly Option<string> Theme = new("--theme") { Description = "Folder of layouts, partials and assets", DefaultValueFactory = _ => DefaultTheme() };
    private static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings as errors" };
    private static readonly Option<string> Format = new Option<string>("--format")
    {
        Description = "How problems are printed: text, msbuild (file(line,col): error CODE), github (workflow annotations), json (one object per line)",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "msbuild", "github", "json");
    private static readonly Option<bool> Timings = new("--timings") { Description = "Print how long each step took" };
    private static readonly Option<string?> IncludeFrom = new("--include-from") { Description = "A folder beyond the input that snippet includes (--8<--) may read, e.g. the repository root (default: none)" };
    private static readonly Option<string?> Today = new("--today") { Description = "The date facts are aged against, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else the clock)" };

    /// <summary>Today's date from <c>--today</c>, <c>SOURCE_DATE_EPOCH</c> or the clock; null (with the error printed) when malformed.</summary>
    private static DateOnly? ResolveToday(ParseResult parse, TextWriter stderr)
    {
        var today = Claims.BuildClock.Resolve(parse.GetValue(Today), Environment.GetEnvironmentVariable(Claims.BuildClock.EpochVariable),
            DateTimeOffset.UtcNow, out var error);
        if (error is not null) stderr.WriteLine($"docssite: {error}");
        return today;
    }

    private static Command BuildCommand(TextWriter stdout, TextWriter stderr)
    {
        var outputDir = new Option<string>("--output") { Description = "Folder the site is written to", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Public URL of the site, for canonical links" };
        baseUrl.Validators.Add(r => { if (r.GetValueOrDefault<string?>() is { } url && !Safety.UrlPolicy.IsWebUrl(url)) r.AddError($"--base-url must be an absolute http:// or https:// address, not `{Safety.UrlPolicy.Printable(url)}`."); });
        var command = new Command("build", "Build the site") { Input, Theme, outputDir, baseUrl, Strict, Timings, Format, Today, IncludeFrom };
        command.SetAction(parse => ResolveToday(parse, stderr) is not { } today
            ? ExitCodes.UsageError
            : BuildRunner.Run(
                new BuildOptions(parse.GetValue(Input)!, parse.GetValue(Theme)!, parse.GetValue(outputDir)!, parse.GetValue(baseUrl), parse.GetValue(Strict), Today: today, IncludeFrom: parse.GetValue(IncludeFrom)),
                stdout, stderr, parse.GetValue(Timings), FormatOf(parse)));
        return command;
    }

    private static Command CheckCommand(TextWriter stdout, TextWriter stderr)
    {
        var external = new Option<bool>("--external") { Description = "Also follow http(s) links (off in builds)" };
        var cache = new Option<string>("--cache") { Description = "File remembering recent successful external checks", DefaultValueFactory = _ => ".docssite/external-links.json" };
        var maxAge = new Option<double>("--max-age-days") { Description = "How long a successful external check is trusted", DefaultValueFactory = _ => 7 };
        var perHost = new Option<int>("--per-host") { Description = "Requests to one host at a time", DefaultValueFactory = _ => 2 };
        var timeout = new Option<double>("--timeout-seconds") { Description = "Time allowed for one request", DefaultValueFactory = _ => 10 };
        var retries = new Option<int>("--retries") { Description = "Retries after a timeout, 429 or 503", DefaultValueFactory = _ => 2 };
        var ignore = new Option<string[]>("--ignore") { Description = "URL pattern not to check (* is a wildcard); repeatable", AllowMultipleArgumentsPerToken = true };
        var command = new Command("check", "Run every check of a build without writing output")
            { Input, Theme, Strict, external, cache, maxAge, perHost, timeout, retries, ignore, Format, Today, IncludeFrom };
        command.SetAction((parse, cancel) =>
        {
            if (ResolveToday(parse, stderr) is not { } today) return Task.FromResult(ExitCodes.UsageError);
            var options = new BuildOptions(parse.GetValue(Input)!, parse.GetValue(Theme)!, ".docssite/unused-output",
                Strict: parse.GetValue(Strict), Write: false, Today: today, IncludeFrom: parse.GetValue(IncludeFrom));
            var externalOptions = parse.GetValue(external)
                ? new ExternalCheckOptions
                {
                    CacheFile = parse.GetValue(cache),
                    MaxAge = TimeSpan.FromDays(parse.GetValue(maxAge)),
                    PerHost = Math.Max(1, parse.GetValue(perHost)),
                    Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                    Retries = Math.Max(0, parse.GetValue(retries)),
                    Ignore = parse.GetValue(ignore) ?? [],
                }
                : null;
            return BuildRunner.CheckAsync(options, externalOptions, stdout, stderr, cancel, FormatOf(parse));
        });
        return command;
    }

    private static DiagnosticFormat FormatOf(ParseResult parse) => Enum.Parse<DiagnosticFormat>(parse.GetValue(Format)!, ignoreCase: true);

    private static Command ServeCommand(TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var open = new Option<bool>("--open") { Description = "Open the site in a browser" };
        var outputDir = new Option<string>("--output") { Description = "Folder the preview is built in (not the published output)", DefaultValueFactory = _ => ".docssite/serve" };
        var command = new Command("serve", "Build, serve on 127.0.0.1, rebuild on every change and reload open pages") { Input, Theme, outputDir, port, open, IncludeFrom };
        command.SetAction((parse, cancel) => Serve.ServeRunner.RunAsync(
            new Serve.ServeOptions(parse.GetValue(Input)!, parse.GetValue(Theme)!, parse.GetValue(outputDir)!, parse.GetValue(port), parse.GetValue(open), Serve.ServeOptions.DefaultQuietPeriod, parse.GetValue(IncludeFrom)),
            stdout, stderr, cancel));
        return command;
    }

    private static Command NewCommand(TextWriter stdout, TextWriter stderr)
    {
        var kind = new Argument<string>("kind") { Description = "What to start: definition, fact, source, faq, analogy, dimension or page" }
            .AcceptOnlyFromAmong([.. Scaffold.EntryKind.All.Select(k => k.Name)]);
        var id = new Argument<string>("id") { Description = "The new entry's id (kebab-case); for a page, its path under the input without .md" };
        var command = new Command("new", "Add a blank entry with every required field, in its file and id order") { kind, id, Input };
        command.SetAction(parse => Scaffold.NewEntry.Run(parse.GetValue(Input)!, Scaffold.EntryKind.Named(parse.GetValue(kind)!), parse.GetValue(id)!, stdout, stderr));
        return command;
    }

    /// <summary>./theme when run from a checkout; otherwise the theme shipped beside the program.</summary>
    private static string DefaultTheme() =>
        Directory.Exists("theme") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme");
}
