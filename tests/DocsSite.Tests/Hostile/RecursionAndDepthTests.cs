using DocsSite.Diagnostics;
using DocsSite.Pipeline;
using static DocsSite.Tests.Hostile.RobustRun;

namespace DocsSite.Tests.Hostile;

/// <summary>Input that used to end in a stack overflow or a depth-limit stack trace: now a diagnostic where the cause is.</summary>
public sealed class RecursionAndDepthTests
{
    private const string Home = "-- index.md --\n# Home\n";

    private static string Quotes(int depth) => string.Concat(Enumerable.Repeat("> ", depth)) + "too deep";

    [Fact]
    public async Task An_faq_answer_that_embeds_itself_is_refused_at_the_embed()
    {
        var line = await FailsAt(Home, """
            -- _data/faq.yml --
            - id: loop
              question: Does it loop?
              answer: |
                Yes.

                ::faq{ids="loop"}
            """, "DS2011", "_data/faq.yml", 6, 5);
        Assert.Contains("cannot be used in data Markdown", line);
    }

    [Fact]
    public async Task An_analogy_that_embeds_itself_is_refused_at_the_embed() =>
        await FailsAt(Home, """
            -- _data/definitions.yml --
            - id: vm
              term: virtual machine
              short: A computer made of software.
            -- _data/analogies.yml --
            - id: mirror
              title: Two mirrors
              compares: [vm]
              mapping:
                - everyday: Mirror
                  technical: VM
              body: |
                Facing mirrors.

                ::analogy{id="mirror"}
              breaks_down: Mirrors do not boot.
            """, "DS2011", "_data/analogies.yml", 10, 5);

    [Theory]
    [InlineData(110)]   // deeper than DocsSite's limit, within Markdig's: found in the parsed tree
    [InlineData(130)]   // past Markdig's own limit: it throws, and the place is searched for
    [InlineData(5000)]
    public async Task Block_quotes_nested_too_deep_are_reported_where_the_limit_is_passed(int depth)
    {
        var line = await FailsAt(Home, $"-- deep.md --\n# Deep\n\n{Quotes(depth)}\n", "DS1013", "deep.md", 3, 2 * BoundedLimit + 1);
        Assert.Contains("nested more than 100 levels", line);
    }

    [Fact]
    public async Task List_items_nested_too_deep_are_reported_on_their_line()
    {
        // Each level is a list and an item, and an item's text lies three deeper (paragraph, inlines, text):
        // the text of the 49th item (line 5 + 48, after 2 x 48 spaces and "- ") is the first thing past 100.
        var items = string.Join('\n', Enumerable.Range(0, 130).Select(i => new string(' ', 2 * i) + "- item"));
        await FailsAt(Home, $"-- deep.md --\n# Deep\n\nFine.\n\n{items}\n", "DS1013", "deep.md", 53, 99);
    }

    [Fact]
    public async Task Unmatched_brackets_in_prose_are_reported_on_their_line() =>
        await FailsAt(Home, "-- deep.md --\n# Deep\n\nSome prose " + new string('[', 130) + " and more.\n", "DS1013", "deep.md", 3, 110);

    [Fact]
    public async Task Deep_nesting_in_data_markdown_is_reported_in_the_yaml_file() =>
        await FailsAt(Home, $"""
            -- _data/faq.yml --
            - id: deep
              question: How deep?
              answer: |
                {Quotes(130)}
            """, "DS1013", "_data/faq.yml", 4, 5 + 2 * BoundedLimit);

    [Fact]
    public async Task The_rest_of_a_too_deep_page_still_renders_so_links_into_it_stay_valid() =>
        // index.md links to deep.md#after; only the deep block is left out, not the heading after it.
        await FailsAt(
            "-- index.md --\n# Home\n\nSee [after](deep.md#after).\n-- deep.md --\n# Deep\n\n## After\n",
            $"-- deep.md --\n# Deep\n\n{Quotes(300)}\n\n## After\n", "DS1013", "deep.md", 3, 201);

    [Fact]
    public void An_unexpected_exception_names_the_file_being_processed_without_a_stack_trace()
    {
        var failure = Assert.Throws<FileFailure>(() => InternalErrors.For("guide/page.md", () => throw new InvalidOperationException("boom")));
        var d = InternalErrors.Diagnose(new AggregateException(failure), "Rendering pages", "input");
        Assert.Equal(("DS0009", Severity.Error, "guide/page.md", 0), (d.Code, d.Severity, d.File, d.Line));
        Assert.Contains("\"Rendering pages\": InvalidOperationException: boom", d.Message);
        Assert.DoesNotContain("   at ", d.ToString());
    }

    [Fact]
    public void Of_several_failing_files_the_first_by_path_is_named_so_reports_are_stable()
    {
        var b = new FileFailure("b.md", new InvalidOperationException("b"));
        var a = new FileFailure("a.md", new InvalidOperationException("a"));
        Assert.Equal("a.md", InternalErrors.Diagnose(new AggregateException(b, a), "Reading pages", "input").File);
    }

    [Fact]
    public void Without_a_file_the_diagnostic_names_the_input_folder_or_else_the_program()
    {
        Assert.Equal("site", InternalErrors.Diagnose(new InvalidOperationException("x"), "Indexing", "site").File);
        Assert.Equal("docssite", InternalErrors.Diagnose(new InvalidOperationException("x"), "Running the build", "").File);
    }

    [Fact]
    public void Read_failures_stay_read_failures_for_DS0004() =>
        Assert.Throws<IOException>(() => InternalErrors.For("a.md", () => throw new IOException("gone")));

    private const int BoundedLimit = DocsSite.Markdown.BoundedMarkdown.Limit;
}
