using DocsSite.Tests.Support;

namespace DocsSite.Tests.Claims;

/// <summary>Numbers without a source: each kind of claim is found at its place, and each kind of non-claim is left alone.</summary>
public sealed class NumberLintTests
{
    private const string Data = """
        -- _data/sources.yml --
        - id: src
          title: The source
        -- _data/facts.yml --
        - id: share
          claim: Four teams in ten use containers.
          value: 40%
          source: src
          locator: top
        """;

    private static DocsSite.Pipeline.BuildResult Build(string page, string extra = "")
    {
        using var site = TestSite.Create(Data + extra + "\n-- index.md --\n" + page + "\n\nSee [@share].");
        return site.Build(today: new DateOnly(2026, 12, 1));
    }

    private static IReadOnlyList<DocsSite.Diagnostics.Diagnostic> Findings(DocsSite.Pipeline.BuildResult result) =>
        result.Diagnostics.Sorted().Where(d => d.Code == "DS2205").ToList();

    [Theory]
    [InlineData("Most teams, 40% of them, use containers.", 13, "`40%`")]
    [InlineData("The licence costs $5,000 a year.", 20, "`$5,000`")]
    [InlineData("The deal was worth 61 billion dollars.", 20, "`61 billion`")]
    [InlineData("Containers start 10x faster.", 18, "`10x`")]
    [InlineData("A microVM boots in 125 ms on this host.", 20, "`125 ms`")]
    [InlineData("In 2013 the engine was released.", 4, "`2013`")]
    [InlineData("The host runs 4000 containers.", 15, "`4000 containers`")]
    public void A_number_that_reads_as_a_claim_is_a_warning_at_its_place(string sentence, int column, string shown)
    {
        var result = Build("# Home\n\n" + sentence);
        var d = DiagnosticAssert.Single(result, "DS2205", "index.md", 3, column);
        Assert.Equal(DocsSite.Diagnostics.Severity.Warning, d.Severity);
        Assert.Contains(shown + " reads as a claim", d.Message);
    }

    [Fact]
    public void A_number_a_fact_has_suggests_the_fact()
    {
        var d = DiagnosticAssert.Single(Build("# Home\n\nAbout 40% of teams use them."), "DS2205", "index.md", 3, 7);
        Assert.Contains("Did you mean `[=share]`?", d.Message);
    }

    [Fact]
    public void A_sentence_that_cites_a_fact_or_shows_its_value_is_sourced()
    {
        Assert.Empty(Findings(Build("# Home\n\nAbout 40% of teams use them [@share]. Today [=share] do.")));
    }

    [Fact]
    public void Code_headings_list_numbers_front_matter_versions_ids_and_link_targets_are_not_claims()
    {
        var page = """
            ---
            title: Home
            date: 2024-05-01
            ---
            # Step 2, part 3

            1. Run `docker run --memory 512MB nginx` first.
            2. Then read the [2024 report](https://example.org/50%25-of-2019/10x).

            ```
            limit: 40% of 8 GB
            ```

            Kubernetes 1.24 removed dockershim; Windows Server 2019 containers and version 1809 hosts differ.
            The id `gartner-2023` and the architecture x86-64 are names.
            """;
        Assert.Empty(Findings(Build(page)));
    }

    [Fact]
    public void A_site_without_facts_is_not_linted()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\nContainers start 10x faster, and 40% of teams use them.\n");
        DiagnosticAssert.Clean(site.Build(strict: true, today: new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void No_check_exempts_its_line_or_the_next()
    {
        var page = """
            # Home

            Containers start 10x faster. <!-- no-check -->

            <!-- no-check -->
            About 40% of teams use them.

            Yet 60% do not.
            """;
        var result = Build(page);
        DiagnosticAssert.Single(result, "DS2205", "index.md", 8, 5);
    }

    [Fact]
    public void FAQ_answers_definitions_and_comparison_cells_are_linted_at_their_place_in_the_yaml()
    {
        var extra = """

            -- _data/faq.yml --
            - id: why
              question: Why?
              answer: Because 75% of teams said so.
            -- _data/definitions.yml --
            - id: kernel
              term: kernel
              short: The core.
              body: |
                The core of an OS.
                It has grown to 30 million lines.
            -- _data/comparison.yml --
            technologies:
              - id: vm
                name: VM
            groups:
              - id: arch
                name: Architecture
            dimensions:
              - id: size
                name: Size
                group: arch
                cells:
                  vm: { value: Often 20 GB, facts: [share] }
            """;
        var result = Build("# Home\n\nSee the [[kernel]] and ::faq{ids=\"why\"}.", extra);
        var found = Findings(result).Select(d => (d.File, d.Line, d.Column)).ToList();
        Assert.Contains(("_data/faq.yml", 3, 19), found);
        Assert.Contains(("_data/definitions.yml", 6, 21), found);
        Assert.Contains(("_data/comparison.yml", 12, 26), found);
    }

    /// <summary>A definition's <c>short</c> is plain text (tooltips, lists): it is read as written, so "[@share]" in it is text and sources nothing.</summary>
    [Theory]
    [InlineData("  short: The core, about 40% of all code.\n", 3, 26, "`40%`")]
    [InlineData("  short: \"It has grown to 30 million lines.\"\n", 3, 27, "`30 million`")]
    [InlineData("  short: >-\n    The core of an OS,\n    grown tenfold to 30 million lines.\n", 5, 22, "`30 million`")]
    [InlineData("  short: The core, about 40% of code [@share].\n", 3, 26, "`40%`")]
    public void A_definitions_short_text_is_linted_at_its_place_and_cannot_cite(string shortYaml, int line, int column, string shown)
    {
        var extra = "\n-- _data/definitions.yml --\n- id: kernel\n  term: kernel\n" + shortYaml + "  body: The core of an OS.\n";
        var result = Build("# Home\n\nSee the [[kernel]].", extra);
        var d = DiagnosticAssert.Single(result, "DS2205", "_data/definitions.yml", line, column);
        Assert.Contains(shown + " reads as a claim", d.Message);
        Assert.Contains("This field is plain text and cannot cite: move the figure to a field that can (a definition's `body`)", d.Message);
        if (shown == "`40%`") Assert.Contains("show it there with `[=share]`.", d.Message);
    }
}
