using DocsSite.Tests.Support;

namespace DocsSite.Tests.Claims;

/// <summary>The date rules and the rules for computed and disagreeing facts, each at the place it is written.</summary>
public sealed class FactRulesTests
{
    private const string Sources = """
        -- _data/sources.yml --
        - id: src
          title: The source
          date: "2024-05"
        """;

    private static DocsSite.Pipeline.BuildResult Build(string facts, string page = "Nothing to see.", string? sources = null)
    {
        using var site = TestSite.Create((sources ?? Sources) + "\n-- _data/facts.yml --\n" + facts + "\n-- index.md --\n# Home\n\n" + page);
        return site.Build(today: new DateOnly(2026, 12, 1));
    }

    [Fact]
    public void A_forecast_needs_a_horizon()
    {
        var result = Build("""
            - id: growth
              claim: Adoption will grow.
              kind: forecast
              source: src
              locator: top
            """, "See [@growth].");
        var d = DiagnosticAssert.Single(result, "DS1101", "_data/facts.yml", 3, 9);
        Assert.Contains("horizon", d.Message);
    }

    [Fact]
    public void A_forecast_tag_counts_as_a_forecast_and_a_horizon_satisfies_it()
    {
        var missing = Build("""
            - id: growth
              claim: Adoption will grow.
              source: src
              locator: top
              tags: [forecast]
            """, "See [@growth].");
        DiagnosticAssert.Single(missing, "DS1101", "_data/facts.yml", 1, 3);
        var given = Build("""
            - id: growth
              claim: Adoption will grow.
              horizon: "2030"
              source: src
              locator: top
              tags: [forecast]
            """, "See [@growth].");
        DiagnosticAssert.Clean(given);
    }

    [Fact]
    public void Horizon_and_retrieved_must_be_dates()
    {
        var result = Build("""
            - id: growth
              claim: Adoption will grow.
              kind: forecast
              horizon: soon
              source: src
              locator: top
            """, "See [@growth].", """
            -- _data/sources.yml --
            - id: src
              title: The source
              url: https://example.org/a
              retrieved: 12/05/2024
            """);
        Assert.Contains(result.Diagnostics.Sorted(), d => d is { Code: "DS1011", File: "_data/facts.yml", Line: 4, Column: 12 });
        Assert.Contains(result.Diagnostics.Sorted(), d => d is { Code: "DS1011", File: "_data/sources.yml", Line: 4, Column: 14 });
    }

    [Fact]
    public void A_web_source_without_retrieved_is_a_warning_at_its_url()
    {
        var result = Build("""
            - id: one
              claim: Something.
              source: src
              locator: top
            """, "See [@one].", """
            -- _data/sources.yml --
            - id: src
              title: The source
              url: https://example.org/a
            """);
        var d = DiagnosticAssert.Single(result, "DS1103", "_data/sources.yml", 3, 8);
        Assert.Equal(DocsSite.Diagnostics.Severity.Warning, d.Severity);
    }

    [Fact]
    public void A_source_cannot_be_retrieved_before_its_date()
    {
        var result = Build("""
            - id: one
              claim: Something.
              source: src
              locator: top
            """, "See [@one].", """
            -- _data/sources.yml --
            - id: src
              title: The source
              date: "2024-05-01"
              url: https://example.org/a
              retrieved: "2023-01-01"
            """);
        var d = DiagnosticAssert.Single(result, "DS1106", "_data/sources.yml", 1, 3);
        Assert.Equal("Source `src` was retrieved (2023-01-01) before its own date (2024-05-01).", d.Message);
    }

    [Fact]
    public void A_computed_fact_needs_a_formula_and_real_inputs()
    {
        var result = Build("""
            - id: a
              claim: A.
              value: "10"
              source: src
              locator: top
            - id: sum
              claim: The sum.
              value: "20"
              derived_from: [a, missing]
              source: src
              locator: top
            """, "See [=a] and [=sum].");
        DiagnosticAssert.Single(result, "DS1102", "_data/facts.yml", 9, 18);
        DiagnosticAssert.Single(result, "DS2002", "_data/facts.yml", 9, 21);
    }

    [Fact]
    public void Disagreeing_facts_need_a_note_and_unmarked_ones_are_a_warning()
    {
        var unmarked = Build("""
            - id: first
              claim: Docker appeared in 2013.
              value: "2013"
              kind: event
              topic: docker-release-year
              source: src
              locator: top
            - id: second
              claim: Docker appeared in 2014.
              value: "2014"
              kind: event
              topic: docker-release-year
              source: src
              locator: top
            """, "See [=first] and [=second].");
        var d = DiagnosticAssert.Single(unmarked, "DS1104", "_data/facts.yml", 12, 10);
        Assert.Contains("disagrees_with: [first]", d.Message);

        var noNote = Build("""
            - id: first
              claim: Docker appeared in 2013.
              value: "2013"
              kind: event
              topic: docker-release-year
              source: src
              locator: top
            - id: second
              claim: Docker appeared in 2014.
              value: "2014"
              kind: event
              topic: docker-release-year
              disagrees_with: [first]
              source: src
              locator: top
            """, "See [=first] and [=second].");
        DiagnosticAssert.Single(noNote, "DS1105", "_data/facts.yml", 13, 20);
        Assert.DoesNotContain(noNote.Diagnostics.Sorted(), x => x.Code == "DS1104");
    }

    [Fact]
    public void Facts_of_one_topic_but_different_kinds_do_not_disagree()
    {
        var result = Build("""
            - id: first
              claim: Docker appeared in 2013.
              value: "2013"
              kind: event
              topic: docker-release-year
              source: src
              locator: top
            - id: second
              claim: Someone predicts a later date.
              value: "2014"
              kind: forecast
              horizon: "2014"
              topic: docker-release-year
              source: src
              locator: top
              historical: true
            """, "See [=first] and [=second].");
        DiagnosticAssert.Clean(result);
    }

    [Fact]
    public void An_unknown_kind_is_named_with_the_known_ones()
    {
        var result = Build("""
            - id: one
              claim: One.
              kind: forcast
              horizon: "2030"
              source: src
              locator: top
            """, "See [@one].");
        var d = DiagnosticAssert.Single(result, "DS1004", "_data/facts.yml", 3, 9);
        Assert.Contains("forecast", d.Message);
    }
}
