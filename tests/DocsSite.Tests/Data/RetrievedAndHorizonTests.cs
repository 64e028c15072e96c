using DocsSite.Tests.Support;

namespace DocsSite.Tests.Data;

/// <summary>A source's `retrieved` date and a forecast's `horizon` are read, validated and shown on the sources page.</summary>
public sealed class RetrievedAndHorizonTests
{
    private const string Page = """
        -- index.md --
        # Home

        Revenue was forecast to reach [=market-forecast].
        """;

    [Fact]
    public void The_sources_page_shows_when_a_source_was_retrieved_and_what_a_forecast_looks_ahead_to()
    {
        using var site = TestSite.Create(Page + """

            -- _data/sources.yml --
            - id: analyst
              title: Market forecast
              url: https://example.org/forecast
              retrieved: "2026-12-01"
            -- _data/facts.yml --
            - id: market-forecast
              claim: An analyst forecast market revenue.
              value: "$2.7 billion"
              as_of: "2017-01"
              horizon: "2020"
              source: analyst
              locator: paragraph 1
              historical: true
            """);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("sources/index.html");
        Assert.Contains("Retrieved 2026-12-01.", html);
        Assert.Contains("as of 2017-01", html);
        Assert.Contains("forecast for 2020", html);
    }

    [Fact]
    public void A_horizon_that_is_not_a_date_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(Page + """

            -- _data/sources.yml --
            - id: analyst
              title: Market forecast
            -- _data/facts.yml --
            - id: market-forecast
              claim: An analyst forecast market revenue.
              value: "$2.7 billion"
              horizon: by the end of the decade
              source: analyst
              locator: paragraph 1
            """);
        var d = DiagnosticAssert.Single(site.Build(), "DS1011", "_data/facts.yml", 4, 12);
        Assert.Contains("`horizon`", d.Message);
    }

    [Fact]
    public void A_retrieved_date_in_another_format_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(Page + """

            -- _data/sources.yml --
            - id: analyst
              title: Market forecast
              retrieved: 1 December 2026
            -- _data/facts.yml --
            - id: market-forecast
              claim: An analyst forecast market revenue.
              value: "$2.7 billion"
              source: analyst
              locator: paragraph 1
            """);
        var d = DiagnosticAssert.Single(site.Build(), "DS1011", "_data/sources.yml", 3, 14);
        Assert.Contains("`retrieved`", d.Message);
    }
}
