using System.Text.RegularExpressions;
using DocsSite.Pictures;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Pictures;

/// <summary>Facts in, a log-scale chart out: every mark shows its fact's value, source and year, and links to the ledger.</summary>
public sealed partial class ChartTests
{
    private const string Facts = """
        -- index.md --
        # Home

        ::chart{id="speeds"}

        It came out in [=released]; its images are big [@image-gb].
        -- _data/sources.yml --
        - id: spec
          title: The spec
          publisher: Example project (Example Corp)
        - id: blog
          title: A blog
          publisher: Blog Inc
          date: "2024-04-15"
        -- _data/facts.yml --
        - id: boot-12ms
          claim: It starts in about 12 ms.
          value: about 12 ms
          source: spec
          locator: item 1
        - id: start-seconds
          claim: A container starts in seconds.
          value: seconds
          source: blog
          locator: paragraph 2
        - id: vm-minutes
          claim: A VM takes minutes.
          value: minutes
          source: blog
          locator: paragraph 3
        - id: image-gb
          claim: A VM image is many GB.
          value: many GB
          source: blog
          locator: paragraph 4
        - id: released
          claim: It was released in November 2023.
          value: November 2023
          source: blog
          locator: paragraph 5
        """;

    private static TestSite Site(string rows) => TestSite.Create(Facts + "\n-- _data/charts.yml --\n" + rows);

    private static readonly DateOnly Today = new(2025, 1, 1);

    [Fact]
    public void Each_mark_carries_its_facts_value_source_and_year_and_links_to_the_ledger()
    {
        using var site = Site("""
            - id: speeds
              title: Time to start
              rows:
                - label: Start-up
                  facts: [vm-minutes, boot-12ms, start-seconds]
            """);
        DiagnosticAssert.Clean(site.Build(strict: true, today: Today));
        var svg = Svg(site.Html("index.html"));
        Assert.Contains("<g role=\"img\" aria-labelledby=\"pic-chart-speeds\"><title id=\"pic-chart-speeds\">Time to start</title>", svg);
        // Smallest first, each line a link to the fact's entry in the ledger.
        Assert.Equal(["boot-12ms", "start-seconds", "vm-minutes"], Links().Matches(svg).Select(m => m.Groups[1].Value));
        Assert.Contains("<text class=\"l k\" x=\"2\" y=\"50\">about 12 ms — Example project, undated</text><circle class=\"m\"", svg);
        Assert.Contains(">seconds — Blog Inc, 2024</text><rect class=\"m\"", svg);
        Assert.Contains(">minutes — Blog Inc, 2024</text><rect class=\"m\"", svg);
        // The link over each line is named as the line reads.
        Assert.Contains("<a href=\"facts/#boot-12ms\" aria-label=\"about 12 ms — Example project, undated\"><rect class=\"hit\"", svg);
        // The scale reads in units people use.
        Assert.Equal(["10 ms", "100 ms", "1 s", "10 s", "1 min", "10 min", "1 h"], Ticks().Matches(svg).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void The_text_alternative_gives_the_same_figures_sources_and_links()
    {
        using var site = Site("""
            - id: speeds
              title: Time to start
              rows:
                - label: Start-up
                  facts: [vm-minutes, boot-12ms, start-seconds]
            """);
        DiagnosticAssert.Clean(site.Build(strict: true, today: Today));
        var html = site.Html("index.html");
        Assert.Contains("<details><summary>The picture in words</summary><table>", html);
        Assert.Contains("<tbody><tr><th colspan=\"3\" scope=\"colgroup\">Start-up</th></tr>" +
            "<tr><td><a href=\"facts/#boot-12ms\">about 12 ms</a></td><td>Example project, undated</td><td>12 ms</td></tr>" +
            "<tr><td><a href=\"facts/#start-seconds\">seconds</a></td><td>Blog Inc, 2024</td><td>1 s to 1 min</td></tr>" +
            "<tr><td><a href=\"facts/#vm-minutes\">minutes</a></td><td>Blog Inc, 2024</td><td>1 min to 1 h</td></tr></tbody>", html);
    }

    [Fact]
    public void Marks_sit_on_a_log_scale()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            ::chart{id="c"}
            -- _data/sources.yml --
            - id: s
              title: S
            -- _data/facts.yml --
            - id: a
              claim: One.
              value: 1 ms
              source: s
              locator: here
            - id: b
              claim: Ten.
              value: 10 ms
              source: s
              locator: here
            - id: c
              claim: A hundred.
              value: 100 ms
              source: s
              locator: here
            -- _data/charts.yml --
            - id: c
              title: C
              rows:
                - label: Time
                  facts: [c, a, b]
            """);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var xs = Circles().Matches(Svg(site.Html("index.html"))).Select(m => m.Groups[1].Value);
        // 1, 10 and 100 ms are one decade apart: equal steps from the left of the plot (12) to its right (348).
        Assert.Equal(["12", "180", "348"], xs);
    }

    [Fact]
    public void A_fact_whose_value_is_not_a_figure_is_reported_where_the_chart_names_it()
    {
        using var site = Site("""
            - id: speeds
              title: Time to start
              rows:
                - label: Start-up
                  facts:
                    - boot-12ms
                    - released
            """);
        var d = DiagnosticAssert.Single(site.Build(today: Today), "DS1201", "_data/charts.yml", 7, 11);
        Assert.Equal("Fact `released` has the value \"November 2023\", which is not one figure with a unit (such as \"125 ms\", \"a few minutes\", \"many GB\" or \"7\"), so it cannot be drawn on the chart.", d.Message);
    }

    [Fact]
    public void A_row_that_mixes_a_time_and_a_size_is_reported_at_the_odd_fact()
    {
        using var site = Site("""
            - id: speeds
              title: Time to start
              rows:
                - label: Start-up
                  facts: [boot-12ms, start-seconds, image-gb]
            """);
        var d = DiagnosticAssert.Single(site.Build(today: Today), "DS1202", "_data/charts.yml", 5, 41);
        Assert.Contains("Fact `image-gb` measures a size, but the row `Start-up` plots a time", d.Message);
    }

    [Fact]
    public void An_unknown_fact_is_reported_with_the_closest_id()
    {
        using var site = Site("""
            - id: speeds
              title: Time to start
              rows:
                - label: Start-up
                  facts: [boot-12ms, start-second]
            """);
        var d = DiagnosticAssert.Single(site.Build(today: Today), "DS2002", "_data/charts.yml", 5, 26);
        Assert.Contains("start-seconds", d.Message);
    }

    [Fact]
    public void An_embed_naming_no_chart_is_reported_on_its_line()
    {
        using var site = Site("""
            - id: speed
              title: Time to start
              rows:
                - label: Start-up
                  facts: [boot-12ms]
            """);
        var d = DiagnosticAssert.Single(site.Build(today: Today), "DS2021", "index.md", 3, 13);
        Assert.Contains("There is no chart with the id `speeds`", d.Message);
    }

    [Theory]
    [InlineData("about 12 ms", "time", 0.012, 0.012)]
    [InlineData("125 ms", "time", 0.125, 0.125)]
    [InlineData("seconds", "time", 1, 60)]
    [InlineData("a few minutes", "time", 120, 600)]
    [InlineData("many GB", "size", 1e9, 1e12)]
    [InlineData("megabytes", "size", 1e6, 1e9)]
    [InlineData("5 MiB", "size", 5242880, 5242880)]
    [InlineData("7", "count", 7, 7)]
    public void Values_read_as_figures_or_spans(string value, string dimension, double low, double high)
    {
        var q = Quantity.Parse(value)!;
        Assert.Equal((dimension, low, high), (q.Dimension.TrimEnd(), q.Low, q.High));
    }

    [Theory]
    [InlineData("November 2023")]
    [InlineData("4 GB RAM, a 250 GB disk and 4 CPU cores")]
    [InlineData("up to seven")]
    public void Values_without_one_figure_are_not_read(string value) => Assert.Null(Quantity.Parse(value));

    private static string Svg(string html) => SvgPattern().Match(html).Value;

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();

    [GeneratedRegex("<a href=\"facts/#([^\"]+)\" aria-label")]
    private static partial Regex Links();

    [GeneratedRegex("<text class=\"t[^\"]*\" x=\"[^\"]+\" y=\"[^\"]+\">([^<]+)</text>")]
    private static partial Regex Ticks();

    [GeneratedRegex("<circle class=\"m\" cx=\"([^\"]+)\"")]
    private static partial Regex Circles();
}
