using System.Text.Json;
using DocsSite.Diagnostics;
using DocsSite.Diagnostics.Formatters;
using DocsSite.Tests.Cli;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Diagnostics;

/// <summary><c>--format</c> on build and check: what IDEs, GitHub and programs read.</summary>
public sealed class FormatTests : IDisposable
{
    // A syntax error in data and a broken link in a page: two files, two codes.
    private readonly TestSite _site = TestSite.Create("""
        -- _data/sources.yml --
        - id: a
          title: A
          url: [
        -- index.md --
        # Home

        See [the guide](guide.md).
        """);

    private string Sources => Path.Combine(_site.Input, "_data/sources.yml").Replace('\\', '/');

    private string Index => Path.Combine(_site.Input, "index.md").Replace('\\', '/');

    private Task<(int Code, string Out, string Err)> Check(string format) =>
        CommandLineTests.Run("check", "--input", _site.Input, "--theme", Repo.Theme, "--format", format);

    [Fact]
    public async Task Text_is_the_default_form_without_colour_when_redirected_with_a_summary()
    {
        var (code, output, error) = await CommandLineTests.Run("check", "--input", _site.Input, "--theme", Repo.Theme);
        Assert.Equal(1, code);
        Assert.Contains($"{Index}(3,17): error DS2101: Broken link `guide.md`", error);
        Assert.DoesNotContain("\u001b[", error);
        Assert.StartsWith("Check failed: 1 pages, 2 errors, 0 warnings", output);
        Assert.Equal(error, (await Check("text")).Err);
    }

    [Fact]
    public void Text_colours_the_severity_at_a_terminal()
    {
        var error = new StringWriter();
        new TextFormatter(colour: true).Write(new Diagnostic("DS2101", Severity.Error, "a.md", 3, 5, "Broken."), TextWriter.Null, error);
        Assert.Equal("a.md(3,5): \u001b[1;31merror\u001b[0m DS2101: Broken.", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task Msbuild_prints_file_line_column_severity_and_code_on_standard_error()
    {
        var (code, output, error) = await Check("msbuild");
        Assert.Equal(1, code);
        var lines = error.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{Sources}(4,1): error DS1001: YAML syntax error", lines[0]);
        Assert.StartsWith($"{Index}(3,17): error DS2101: Broken link `guide.md`", lines[1]);
        Assert.StartsWith("Check failed:", output);
    }

    [Fact]
    public void Msbuild_keeps_a_multi_line_message_on_one_line_and_a_whole_file_problem_without_position()
    {
        var error = new StringWriter();
        new MsbuildFormatter().Write(new Diagnostic("DS1009", Severity.Warning, "_data/x.yml", 0, 0, "One.\nTwo."), TextWriter.Null, error);
        Assert.Equal("_data/x.yml: warning DS1009: One. Two.", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task Github_prints_workflow_commands_on_standard_output_and_the_summary_on_standard_error()
    {
        var (code, output, error) = await Check("github");
        Assert.Equal(1, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"::error file={Sources},line=4,col=1,title=DS1001::YAML syntax error", lines[0]);
        Assert.Equal($"::error file={Index},line=3,col=17,title=DS2101::Broken link `guide.md`: There is no page `guide.md`.", lines[1]);
        Assert.StartsWith("Check failed:", error);
    }

    [Fact]
    public void Github_writes_warnings_as_warnings_and_escapes_what_the_runner_would_misread()
    {
        var output = new StringWriter();
        new GithubFormatter().Write(new Diagnostic("DS2201", Severity.Warning, "a,b:c.md", 2, 1, "50% done\nnext"), output, TextWriter.Null);
        Assert.Equal("::warning file=a%2Cb%3Ac.md,line=2,col=1,title=DS2201::50%25 done%0Anext", output.ToString().TrimEnd());
    }

    [Fact]
    public async Task Json_prints_one_object_per_diagnostic_per_line_with_a_help_link()
    {
        var (code, output, error) = await Check("json");
        Assert.Equal(1, code);
        var objects = output.TrimEnd().Split('\n').Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, objects.Count);
        var link = objects[1];
        Assert.Equal("DS2101", link.GetProperty("code").GetString());
        Assert.Equal("error", link.GetProperty("severity").GetString());
        Assert.Equal(Index, link.GetProperty("file").GetString());
        Assert.Equal(3, link.GetProperty("line").GetInt32());
        Assert.Equal(17, link.GetProperty("column").GetInt32());
        Assert.Equal("Broken link `guide.md`: There is no page `guide.md`.", link.GetProperty("message").GetString());
        Assert.Equal("docs/diagnostics.md#ds2101", link.GetProperty("helpUri").GetString());
        // The descriptor's data, as SARIF gives a rule's: what the message was filled from.
        Assert.Equal("Broken link `{0}`: {1}", link.GetProperty("messageFormat").GetString());
        Assert.Equal("Link target does not exist", link.GetProperty("title").GetString());
        Assert.Equal("Links", link.GetProperty("category").GetString());
        Assert.StartsWith("Check failed:", error);
    }

    [Fact]
    public async Task Build_takes_the_format_too()
    {
        var (code, output, _) = await CommandLineTests.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", Repo.Theme, "--format", "github");
        Assert.Equal(1, code);
        Assert.Contains($"::error file={Index},line=3,col=17,title=DS2101::", output);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_that_lists_the_formats()
    {
        var (code, _, error) = await Check("xml");
        Assert.Equal(2, code);
        Assert.Contains("'msbuild'", error);
    }

    public void Dispose() => _site.Dispose();
}
