using DocsSite.Cli;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Cli;

public sealed class CommandLineTests
{
    internal static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_clean_build_exits_zero_with_a_summary()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        var (code, output, _) = await Run("build", "--input", site.Input, "--output", site.Output, "--theme", Repo.Theme);
        Assert.Equal(0, code);
        Assert.Matches(@"^Built 1 pages, 0 errors, 0 warnings in \d+\.\d\d s", output);
    }

    [Fact]
    public async Task Content_errors_exit_one_and_print_file_line_column_without_a_stack_trace()
    {
        using var site = TestSite.Create("-- _data/sources.yml --\n- id: a\n  title: A\n  url: [\n");
        var (code, output, error) = await Run("build", "--input", site.Input, "--output", site.Output, "--theme", Repo.Theme);
        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(site.Input, "_data/sources.yml") + "(4,1): error DS1001: YAML syntax error", error);
        Assert.DoesNotContain("   at ", error);
        Assert.StartsWith("Build failed: 1 pages, 1 errors", output);
    }

    [Fact]
    public async Task Timings_give_each_step_its_time_processor_allocations_and_collections_then_the_pauses()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        var (code, output, _) = await Run("build", "--input", site.Input, "--output", site.Output, "--theme", Repo.Theme, "--timings");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ +\d+\.\d ms +\d+ ms cpu +\d+\.\d MB alloc  gc \d+/\d+/\d+  Rendering pages$"));
        Assert.Contains(lines, l => l.Contains("  Reading pages + Loading theme", StringComparison.Ordinal));
        Assert.Matches(@"^ +\d+\.\d ms paused for garbage collection \(\d+/\d+/\d+ collections of generations 0/1/2\)$",
            lines.Single(l => l.Contains("paused", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error() => Assert.Equal(2, (await Run("build", "--inptu", "x")).Code);

    [Fact]
    public async Task A_missing_input_folder_is_a_usage_error()
    {
        var (code, _, error) = await Run("build", "--input", "/nonexistent/docssite", "--theme", Repo.Theme);
        Assert.Equal(2, code);
        Assert.Contains("DS0001", error);
    }

    [Fact]
    public async Task An_output_folder_that_contains_the_input_is_refused()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        Assert.Equal(2, (await Run("build", "--input", site.Input, "--output", site.Root, "--theme", Repo.Theme)).Code);
        Assert.True(Directory.Exists(site.Input));
    }

    [Fact]
    public async Task An_unreadable_file_is_one_line_without_a_stack_trace()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        // A link to nowhere: listed with the input's files, but reading it fails, even for root.
        File.CreateSymbolicLink(Path.Combine(site.Input, "gone.md"), Path.Combine(site.Root, "missing-target.md"));
        var (code, _, error) = await Run("build", "--input", site.Input, "--output", site.Output, "--theme", Repo.Theme);
        Assert.Equal(1, code);
        Assert.Contains(": error DS0004: Could not read `gone.md`: it is a symbolic link to `", error);
        Assert.DoesNotContain("   at ", error);
    }
}
