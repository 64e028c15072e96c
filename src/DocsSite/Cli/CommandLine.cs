using System.CommandLine;
using DocsSite.Pipeline;

namespace DocsSite.Cli;

/// <summary>The <c>docssite</c> commands. Exit codes: 0 built, 1 content errors, 2 usage error.</summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var root = new RootCommand("DocsSite: builds a cross-linked static knowledge site from Markdown and YAML data.");
        root.Subcommands.Add(BuildCommand(output, error));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var err = error ?? Console.Error;
            foreach (var e in parse.Errors) err.WriteLine($"docssite: {e.Message}");
            err.WriteLine("Run `docssite --help` for usage.");
            return ExitCodes.UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error });
    }

    private static Command BuildCommand(TextWriter? output, TextWriter? error)
    {
        var input = new Option<string>("--input") { Description = "Folder of Markdown pages, _data/ and site.yml", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "Folder of layouts, partials and assets", DefaultValueFactory = _ => DefaultTheme() };
        var outputDir = new Option<string>("--output") { Description = "Folder the site is written to", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Public URL of the site, for canonical links" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors" };
        var command = new Command("build", "Build the site") { input, theme, outputDir, baseUrl, strict };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(outputDir)!,
                parse.GetValue(baseUrl), parse.GetValue(strict));
            return BuildRunner.Run(options, output ?? Console.Out, error ?? Console.Error);
        });
        return command;
    }

    /// <summary>./theme when run from a checkout; otherwise the theme shipped beside the program.</summary>
    private static string DefaultTheme() =>
        Directory.Exists("theme") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme");
}
