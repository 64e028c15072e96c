using DocsSite.Claims;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Claims;

/// <summary>A fact older than the threshold is dated wherever it is cited and is a warning, against a fixed date.</summary>
public sealed class StalenessTests
{
    private static string Site(string extra = "", string settings = "") => $"""
        -- site.yml --
        title: Test
        {settings}
        -- _data/sources.yml --
        - id: old-article
          title: An old article
          date: "2019-04-15"
        -- _data/facts.yml --
        - id: size
          claim: An image is small.
          value: 10 MB
          source: old-article
          locator: top
        {extra}
        -- index.md --
        # Home

        An image takes [=size].
        """;

    [Fact]
    public void An_old_fact_is_dated_where_it_is_cited_and_is_a_warning()
    {
        using var site = TestSite.Create(Site());
        var result = site.Build(today: new DateOnly(2026, 12, 1));
        var d = DiagnosticAssert.Single(result, "DS2204", "_data/facts.yml", 1, 3);
        Assert.Contains("dates from 2019 (its source's date), more than 5 years before 2026-12-01", d.Message);
        var home = site.Html("index.html");
        Assert.Contains("<span class=\"dated\"> dated 2019</span>", home);
        Assert.Contains("<span class=\"dated\">Dated 2019.</span>", home);
        Assert.Contains("data-dated=\"2019\"", site.Html("facts/index.html"));
        Assert.Contains("\"dated\": 2019", site.Html("data/facts.json"));
    }

    [Fact]
    public void Strict_fails_on_a_dated_fact()
    {
        using var site = TestSite.Create(Site());
        var result = site.Build(strict: true, today: new DateOnly(2026, 12, 1));
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == "DS2204" && d.Severity == DocsSite.Diagnostics.Severity.Error);
    }

    [Fact]
    public void The_same_fact_is_current_on_an_earlier_date_under_a_longer_threshold_or_when_historical()
    {
        using (var site = TestSite.Create(Site()))
            DiagnosticAssert.Clean(site.Build(today: new DateOnly(2024, 4, 15)));
        // 2019-04-15 + 5 years is 2024-04-15: the next day it is dated.
        using (var site = TestSite.Create(Site()))
            DiagnosticAssert.Single(site.Build(today: new DateOnly(2024, 4, 16)), "DS2204", "_data/facts.yml", 1, 3);
        using (var site = TestSite.Create(Site(settings: "stale_after_years: 10")))
            DiagnosticAssert.Clean(site.Build(today: new DateOnly(2026, 12, 1)));
        using (var site = TestSite.Create(Site().Replace("  locator: top", "  locator: top\n  historical: true")))
        {
            DiagnosticAssert.Clean(site.Build(today: new DateOnly(2026, 12, 1)));
            Assert.DoesNotContain("dated 2019", site.Html("index.html"));
        }
    }

    [Fact]
    public void As_of_takes_precedence_over_the_source_date_and_a_year_counts_from_its_end()
    {
        using var site = TestSite.Create(Site().Replace("  value: 10 MB", "  value: 10 MB\n  as_of: \"2021\""));
        DiagnosticAssert.Clean(site.Build(today: new DateOnly(2026, 12, 31)));
        DiagnosticAssert.Single(site.Build(today: new DateOnly(2027, 1, 1)), "DS2204", "_data/facts.yml", 1, 3);
    }

    [Fact]
    public void Today_comes_from_the_option_then_SOURCE_DATE_EPOCH_then_the_clock()
    {
        var now = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 12, 1), BuildClock.Resolve("2026-12-01", "0", now, out var error));
        Assert.Null(error);
        Assert.Equal(new DateOnly(2023, 11, 14), BuildClock.Resolve(null, "1700000000", now, out _));
        Assert.Equal(new DateOnly(2030, 1, 2), BuildClock.Resolve(null, null, now, out _));
        Assert.Null(BuildClock.Resolve("1 Dec 2026", null, now, out error));
        Assert.Contains("--today must be a date written YYYY-MM-DD", error);
        Assert.Null(BuildClock.Resolve(null, "yesterday", now, out error));
        Assert.Contains("SOURCE_DATE_EPOCH", error);
    }

    [Fact]
    public async Task A_malformed_today_is_a_usage_error()
    {
        using var site = TestSite.Create(Site());
        var stderr = new StringWriter();
        var code = await DocsSite.Cli.CommandLine.RunAsync(["build", "--input", site.Input, "--output", site.Output, "--theme", Repo.Theme, "--today", "2026-13-01"],
            new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("--today must be a date written YYYY-MM-DD, not `2026-13-01`", stderr.ToString());
    }
}
