using DocsSite.Tests.Support;

namespace DocsSite.Tests.Pipeline;

/// <summary>Every reference check, each asserting the code, file, line and column of the reference at fault.</summary>
public sealed class ReferenceChecksTests
{
    private const string Data = """
        -- _data/sources.yml --
        - id: src
          title: The source
        -- _data/facts.yml --
        - id: with-value
          claim: Something measured.
          value: ten
          source: src
          locator: top
        - id: without-value
          claim: Something said.
          source: src
          locator: top
        -- _data/definitions.yml --
        - id: kernel
          term: kernel
          short: The core of an operating system.
          facts: [with-value, without-value]
        -- _data/faq.yml --
        - id: why
          question: Why?
          answer: Because.
        -- _data/analogies.yml --
        - id: houses
          title: Houses
          compares: [kernel]
          mapping:
            - everyday: House
              technical: VM
          body: A house.
          breaks_down: Not really.
        -- _data/comparison.yml --
        technologies:
          - id: vm
            name: VM
        groups:
          - id: arch
            name: Architecture
        dimensions:
          - id: layer
            name: Layer
            group: arch
            cells:
              vm: { value: Hypervisor, facts: [with-value] }
        """;

    private static DocsSite.Pipeline.BuildResult Build(string page)
    {
        using var site = TestSite.Create(Data + "\n-- index.md --\n# Home\n\n" + page);
        return site.Build();
    }

    [Fact]
    public void A_fact_value_of_a_fact_without_value_is_an_error()
    {
        var d = DiagnosticAssert.Single(Build("Prose [=without-value] here."), "DS2010", "index.md", 3, 9);
        Assert.Contains("cite it with [@without-value]", d.Message);
    }

    [Fact]
    public void An_unknown_fact_value_is_an_error_with_a_suggestion() =>
        Assert.Contains("Did you mean `with-value`?", DiagnosticAssert.Single(Build("[=with-valeu]"), "DS2002", "index.md", 3, 3).Message);

    [Fact]
    public void A_second_citation_in_a_group_points_at_its_own_id() =>
        DiagnosticAssert.Single(Build("Cited [@with-value; @nope]."), "DS2002", "index.md", 3, 22);

    [Fact]
    public void An_unknown_comparison_dimension_points_at_the_id_in_the_embed() =>
        Assert.Contains("Did you mean `layer`?",
            DiagnosticAssert.Single(Build("::comparison{dimensions=\"layer layr\"}"), "DS2005", "index.md", 3, 32).Message);

    [Fact]
    public void An_unknown_technology_and_group_are_reported()
    {
        var result = Build("::comparison{technologies=\"vn\" group=\"archi\"}");
        DiagnosticAssert.Single(result, "DS2007", "index.md", 3, 28);
        DiagnosticAssert.Single(result, "DS2009", "index.md", 3, 39);
    }

    [Fact]
    public void An_unknown_faq_entry_is_reported() =>
        DiagnosticAssert.Single(Build("::faq{ids=\"why how\"}"), "DS2006", "index.md", 3, 16);

    [Fact]
    public void An_unknown_analogy_is_reported() =>
        Assert.Contains("Did you mean `houses`?", DiagnosticAssert.Single(Build("::analogy{id=\"house\"}"), "DS2008", "index.md", 3, 15).Message);

    [Theory]
    [InlineData("::tables{}", "Embed `::tables`: there is no such embed.")]
    [InlineData("::faq{ids=why}", "Embed `::faq`: could not read `ids=why`: attributes are written key=\"value\".")]
    [InlineData("::faq{id=\"why\"}", "Embed `::faq`: it has no attribute `id`. Did you mean `ids`?")]
    [InlineData("::analogy", "Embed `::analogy`: it needs the analogy's id")]
    public void A_malformed_embed_says_how_to_write_it(string line, string message) =>
        Assert.Contains(message, DiagnosticAssert.Single(Build(line), "DS2011", "index.md", 3, line.StartsWith("::faq{id=") ? 7 : 1).Message);

    [Fact]
    public void Embeds_render_the_data_they_name()
    {
        using var site = TestSite.Create(Data + "\n-- index.md --\n# Home\n\n::faq{ids=\"why\"}\n\n::analogy{id=\"houses\"}\n\n::comparison{group=\"arch\"}\n");
        DiagnosticAssert.Clean(site.Build());
        var html = site.Html("index.html");
        Assert.Contains("<h2 id=\"why-q\">Why?</h2>", html);
        Assert.Contains("<h2 id=\"houses-title\">Houses</h2>", html);
        Assert.Contains("<caption>Architecture</caption>", html);
    }

    [Fact]
    public void The_navigation_naming_a_missing_page_is_reported()
    {
        using var site = TestSite.Create(Data + "\n-- index.md --\n# Home\n-- site.yml --\ntitle: T\nnav: [index.md, guide.md]\n");
        DiagnosticAssert.Single(site.Build(), "DS2104", "site.yml", 2, 17);
    }

    [Fact]
    public void An_orphan_page_and_an_uncited_fact_are_warnings()
    {
        using var site = TestSite.Create(Data.Replace("facts: [with-value, without-value]", "facts: [with-value]")
            + "\n-- index.md --\n# Home\n-- guide/lost.md --\n# Lost\n");
        var result = site.Build();
        Assert.False(result.Diagnostics.HasErrors);
        DiagnosticAssert.Single(result, "DS2201", "guide/lost.md", 0, 0);
        Assert.Contains("`without-value`", DiagnosticAssert.Single(result, "DS2202", "_data/facts.yml", 6, 3).Message);
    }
}
