using DocsSite.Tests.Cli;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Scaffold;

/// <summary><c>docssite new</c>: a blank entry in the right file and place, then <c>check</c> naming each blank field.</summary>
public sealed class NewEntryTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create("""
        -- index.md --
        # Home
        -- _data/facts.yml --
        # Facts, sorted by id.
        - id: alpha
          claim: "First."   # kept as written
          source: s
          locator: intro

        # A comment that belongs to gamma.
        - id: gamma
          claim: Third.
          source: s
          locator: intro
        -- _data/sources.yml --
        - id: s
          title: S
        -- _data/comparison.yml --
        technologies:
          - id: vm
            name: Virtual machine
          - id: container
            name: Container
        groups:
          - id: arch
            name: Architecture
        dimensions:
          - id: kernel
            name: Kernel
            group: arch
            cells:
              vm: { value: Own kernel, facts: [alpha] }
              container: { value: Shared kernel, facts: [gamma] }
        """);

    private string DataFile(string name) => Path.Combine(_site.Input, "_data", name);

    private Task<(int Code, string Out, string Err)> New(string kind, string id) =>
        CommandLineTests.Run("new", kind, id, "--input", _site.Input);

    [Fact]
    public async Task A_fact_goes_in_at_its_sorted_place_and_every_other_line_stays_as_written()
    {
        var before = File.ReadAllText(DataFile("facts.yml"));
        var (code, output, _) = await New("fact", "beta");
        Assert.Equal(0, code);
        Assert.Contains("facts.yml(7,1): added the fact `beta`", output);
        var expected = before.Replace("# A comment that belongs to gamma.", """
            - id: beta
              claim: ""    # the fact in your own words (Markdown); never a copied sentence
              source: ""   # id of the source you read it in (_data/sources.yml)
              locator: ""  # where in the source: the section heading or paragraph

            # A comment that belongs to gamma.
            """.Replace("\r\n", "\n"));
        Assert.Equal(expected, File.ReadAllText(DataFile("facts.yml")));
    }

    [Fact]
    public async Task An_id_after_every_other_is_appended_after_a_blank_line()
    {
        Assert.Equal(0, (await New("fact", "zeta")).Code);
        Assert.EndsWith("  locator: intro\n\n- id: zeta\n  claim: \"\"    # the fact in your own words (Markdown); never a copied sentence\n"
            + "  source: \"\"   # id of the source you read it in (_data/sources.yml)\n  locator: \"\"  # where in the source: the section heading or paragraph\n",
            File.ReadAllText(DataFile("facts.yml")));
    }

    [Fact]
    public async Task Check_then_names_each_blank_field_at_its_line_and_column()
    {
        await New("fact", "beta");
        var (code, _, error) = await CommandLineTests.Run("check", "--input", _site.Input, "--theme", Repo.Theme, "--format", "msbuild");
        Assert.Equal(1, code);
        var file = DataFile("facts.yml").Replace('\\', '/');
        Assert.Contains($"{file}(8,10): error DS1002: The fact's `claim` is empty.", error);
        Assert.Contains($"{file}(9,11): error DS1002: The fact's `source` is empty.", error);
        Assert.Contains($"{file}(10,12): error DS1002: The fact's `locator` is empty.", error);
        // The blank source is reported once, as empty, not again as an unknown source.
        Assert.DoesNotContain("DS2003", error);
    }

    [Fact]
    public async Task A_field_written_with_nothing_after_the_colon_counts_as_empty()
    {
        _site.Write("-- _data/faq.yml --\n- id: q\n  question:\n  answer: Yes.\n");
        var result = _site.Build();
        var d = DiagnosticAssert.Single(result, "DS1002", "_data/faq.yml", 2, 12);
        Assert.Equal("The FAQ entry's `question` is empty.", d.Message);
    }

    [Theory]
    [InlineData("definition", "definitions.yml", "term", 2, 9)]
    [InlineData("source", "sources.yml", "title", 2, 10)]
    [InlineData("faq", "faq.yml", "question", 2, 13)]
    [InlineData("analogy", "analogies.yml", "title", 2, 10)]
    public async Task Each_collection_gets_its_required_fields_in_its_own_file(string kind, string file, string firstField, int line, int column)
    {
        var (code, _, _) = await New(kind, "new-entry");
        Assert.Equal(0, code);
        Assert.Contains($"- id: new-entry\n  {firstField}: \"\"", File.ReadAllText(DataFile(file)));
        var result = _site.Build();
        var blank = result.Diagnostics.Sorted().First(d => d.Code == "DS1002" && d.File == "_data/" + file);
        Assert.Equal((line, column), (blank.Line, blank.Column));
    }

    [Fact]
    public async Task An_analogy_lists_each_required_field_as_blank()
    {
        await New("analogy", "new-entry");
        var messages = _site.Build().Diagnostics.Sorted().Where(d => d.Code == "DS1002").Select(d => $"{d.Line}: {d.Message}");
        Assert.Equal(
            [
                "2: The analogy's `title` is empty.",
                "3: The analogy's `compares` lists no item: list at least one.",
                "5: The mapping pair's `everyday` is empty.",
                "6: The mapping pair's `technical` is empty.",
                "7: The analogy's `body` is empty.",
                "8: The analogy's `breaks_down` is empty.",
            ],
            messages);
    }

    [Fact]
    public async Task A_dimension_is_added_last_with_a_cell_for_each_technology()
    {
        var (code, output, _) = await New("dimension", "boot-time");
        Assert.Equal(0, code);
        Assert.Contains("comparison.yml(17,1): added the comparison dimension `boot-time`", output);
        Assert.EndsWith("""
                  container: { value: Shared kernel, facts: [gamma] }

              - id: boot-time
                name: ""   # the row heading in the comparison table
                group: ""  # a group id from `groups` above
                cells:     # one cell per technology, each citing at least one fact
                  vm: { value: "", facts: [] }
                  container: { value: "", facts: [] }

            """.Replace("\r\n", "\n"), File.ReadAllText(DataFile("comparison.yml")));
        var result = _site.Build();
        Assert.Contains(result.Diagnostics.Sorted(), d => d is { Code: "DS1002", Line: 18, Column: 11 });
        Assert.Contains(result.Diagnostics.Sorted(), d => d is { Code: "DS1002", Line: 21, Column: 20 });
    }

    [Fact]
    public async Task A_page_gets_front_matter_and_has_no_title_until_given_one()
    {
        var (code, _, _) = await New("page", "guide/choosing");
        Assert.Equal(0, code);
        var text = File.ReadAllText(Path.Combine(_site.Input, "guide/choosing.md"));
        Assert.StartsWith("---\ntitle: \"\"", text);
        DiagnosticAssert.Single(_site.Build(), "DS1008", "guide/choosing.md", 1, 1);
        Assert.Equal(2, (await New("page", "guide/choosing")).Code);
    }

    [Fact]
    public async Task An_id_that_is_not_kebab_case_is_refused_with_a_suggestion()
    {
        var before = File.ReadAllText(DataFile("facts.yml"));
        var (code, _, error) = await New("fact", "Boot Time");
        Assert.Equal(2, code);
        Assert.Contains("error DS1005: `Boot Time` is not a valid id: use lowercase letters and digits joined by single hyphens, such as `boot-time`.", error);
        Assert.Equal(before, File.ReadAllText(DataFile("facts.yml")));
        Assert.Equal(2, (await New("page", "../outside")).Code);
    }

    [Fact]
    public async Task A_duplicate_id_is_refused_naming_where_the_first_is()
    {
        var (code, _, error) = await New("fact", "gamma");
        Assert.Equal(2, code);
        Assert.Contains("facts.yml(8,1): error DS1006: Another fact already has the id `gamma` (line 8).", error);
        Assert.Equal(2, (await New("dimension", "kernel")).Code);
    }

    [Fact]
    public async Task A_collection_without_a_file_gets_one_and_the_folder_form_is_searched_for_duplicates()
    {
        Assert.Equal(0, (await New("definition", "hypervisor")).Code);
        Assert.StartsWith("- id: hypervisor\n", File.ReadAllText(DataFile("definitions.yml")));

        _site.Write("-- _data/faq/a.yml --\n- id: one\n  question: One?\n  answer: Yes.\n-- _data/faq/b.yml --\n- id: two\n  question: Two?\n  answer: Yes.\n");
        Assert.Equal(2, (await New("faq", "two")).Code);
        Assert.Equal(0, (await New("faq", "zero")).Code);
        Assert.Contains("- id: zero", File.ReadAllText(DataFile("faq/b.yml")));
        Assert.Equal(0, (await New("faq", "alpha")).Code);
        Assert.StartsWith("- id: alpha", File.ReadAllText(DataFile("faq/a.yml")));
    }

    [Fact]
    public async Task With_both_a_file_and_a_folder_the_entry_goes_in_the_file_and_ids_in_the_folder_count()
    {
        _site.Write("-- _data/facts/more.yml --\n- id: delta\n  claim: Fourth.\n  source: s\n  locator: intro\n");
        var (code, _, error) = await New("fact", "delta");
        Assert.Equal(2, code);
        Assert.Contains("facts/more.yml(1,1): error DS1006: Another fact already has the id `delta` (line 1).", error);
        Assert.Equal(0, (await New("fact", "epsilon")).Code);
        Assert.Contains("- id: epsilon", File.ReadAllText(DataFile("facts.yml")));
        Assert.DoesNotContain("epsilon", File.ReadAllText(DataFile("facts/more.yml")));
    }

    public void Dispose() => _site.Dispose();
}
