using System.Text.RegularExpressions;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Claims;

/// <summary>The facts ledger, computed and disagreeing facts in reference lists, and the links between citations and the ledger.</summary>
public sealed class LedgerTests
{
    private const string Site = """
        -- _data/sources.yml --
        - id: survey
          title: A survey
          date: "2025-03"
        - id: paper
          title: A paper
          date: "2024"
        -- _data/facts.yml --
        - id: old-share
          claim: One team in four used containers.
          value: 25%
          as_of: "2023"
          kind: measurement
          topic: container-share
          source: paper
          locator: table 2
          tags: [adoption]
        - id: new-share
          claim: One team in three used containers.
          value: 33%
          as_of: "2025"
          kind: measurement
          topic: container-share-2025
          source: survey
          locator: page 4
          tags: [adoption]
        - id: rise
          claim: The share rose by eight percentage points.
          value: eight percentage points
          derived_from: [old-share, new-share]
          formula: the 2025 share minus the 2023 share
          source: survey
          locator: page 4
          tags: [adoption]
        - id: release-2013
          claim: The tool first shipped in 2013.
          value: "2013"
          kind: event
          topic: release-year
          source: paper
          locator: section 1
          tags: [history]
        - id: release-2014
          claim: The survey dates the first release to 2014.
          value: "2014"
          kind: event
          topic: release-year
          disagrees_with: [release-2013]
          note: The survey counts the first stable release; the paper counts the first public one.
          source: survey
          locator: page 1
          tags: [history]
        -- index.md --
        # Home

        Adoption rose by [=rise]. The tool appeared in [=release-2013].

        See [the other page](other.md).
        -- other.md --
        # Other

        Today [=new-share] of teams use containers.

        ## Later

        That share [@new-share] is from a survey.
        """;

    [Fact]
    public void The_ledger_lists_every_fact_with_an_anchor_grouped_by_topic_newest_first()
    {
        using var site = TestSite.Create(Site);
        var result = site.Build(strict: true, today: new DateOnly(2026, 12, 1));
        DiagnosticAssert.Clean(result);
        var html = site.Html("facts/index.html");
        foreach (var id in new[] { "old-share", "new-share", "rise", "release-2013", "release-2014" })
            Assert.Contains($"id=\"{id}\"", html);
        Assert.True(html.IndexOf("id=\"topic-adoption\"", StringComparison.Ordinal) < html.IndexOf("id=\"topic-history\"", StringComparison.Ordinal));
        // Within a topic, newest first: 2025 before 2023.
        Assert.True(html.IndexOf("id=\"new-share\"", StringComparison.Ordinal) < html.IndexOf("id=\"old-share\"", StringComparison.Ordinal));
        Assert.Contains("A paper</a>; table 2", html);
    }

    [Fact]
    public void A_marker_links_to_its_ledger_entry_and_the_entry_links_back_to_every_place_citing_it()
    {
        using var site = TestSite.Create(Site);
        site.Build(today: new DateOnly(2026, 12, 1));
        var other = site.Html("other/index.html");
        Assert.Contains("<a id=\"cite-1-1\" href=\"../facts/#new-share\" aria-label=\"Reference 1\">[1]</a>", other);
        Assert.Contains("<a id=\"cite-1-2\" href=\"../facts/#new-share\" aria-label=\"Reference 1\">[1]</a>", other);
        var entry = Entry(site.Html("facts/index.html"), "new-share");
        // On the home page it is cited once, as an input of `rise` in the reference list;
        // on the other page twice, so the entry links to each of the two markers.
        Assert.Contains("<a href=\"../#cite-4-1\">Home</a>", entry);
        Assert.Contains("<a href=\"../other/#cite-1-1\">Other</a> <span class=\"backrefs\">↩ <a href=\"../other/#cite-1-1\" aria-label=\"Other, citation 1\">1</a> <a href=\"../other/#cite-1-2\" aria-label=\"Other, citation 2\">2</a></span>", entry);
        Assert.DoesNotContain("#ref-", entry);
        var home = site.Html("index.html");
        Assert.Contains("<a id=\"cite-4-1\" href=\"facts/#new-share\"", home);
        // The page's own reference list stays, linking back to its markers and on to the ledger.
        Assert.Contains("<li id=\"ref-4\"", home);
        Assert.Contains("<a class=\"ledger-link\" href=\"facts/#new-share\">Ledger entry</a>", home);
    }

    [Fact]
    public void A_computed_fact_shows_what_it_is_computed_from_wherever_it_is_cited()
    {
        using var site = TestSite.Create(Site);
        site.Build(today: new DateOnly(2026, 12, 1));
        var home = site.Html("index.html");
        var rise = Regex.Match(home, "<li id=\"ref-1\".*?</li>", RegexOptions.Singleline).Value;
        // Each input links to its ledger entry, as a marker does.
        Assert.Contains("Computed from <a id=\"cite-3-1\" href=\"facts/#old-share\" aria-label=\"Reference 3\">[3]</a>, <a id=\"cite-4-1\" href=\"facts/#new-share\" aria-label=\"Reference 4\">[4]</a> (the 2025 share minus the 2023 share).", rise);
        Assert.Contains("One team in three", home);
        Assert.Contains("One team in four", home);
        Assert.Contains("<dt>Computed from</dt><dd><a href=\"#old-share\">old-share</a>, <a href=\"#new-share\">new-share</a>: the 2025 share minus the 2023 share</dd>",
            site.Html("facts/index.html"));
    }

    [Fact]
    public void Disagreeing_facts_are_shown_side_by_side_where_either_is_cited()
    {
        using var site = TestSite.Create(Site);
        site.Build(today: new DateOnly(2026, 12, 1));
        var home = site.Html("index.html");
        // The page cites only release-2013; the fact disagreeing with it is shown and cited beside it.
        var entry = Regex.Match(home, "<li id=\"ref-2\".*?</li>", RegexOptions.Singleline).Value;
        Assert.Contains("Sources differ: 2013 here, 2014 in <a id=\"cite-5-1\" href=\"facts/#release-2014\" aria-label=\"Reference 5\">[5]</a>.", entry);
        Assert.Contains("first stable release", entry);
        // The reference it gets on this page links back to that place.
        Assert.Contains("<li id=\"ref-5\"", home);
        Assert.Contains("<a class=\"backrefs\" href=\"#cite-5-1\" aria-label=\"Back to the citation\">↩</a>", Regex.Match(home, "<li id=\"ref-5\".*?</li>", RegexOptions.Singleline).Value);
        Assert.Contains("Sources differ", Entry(site.Html("facts/index.html"), "release-2013"));
    }

    [Fact]
    public void The_filter_is_a_script_file_and_the_ledger_has_no_inline_script()
    {
        using var site = TestSite.Create(Site);
        site.Build(today: new DateOnly(2026, 12, 1));
        var html = site.Html("facts/index.html");
        Assert.Matches("<script src=\"\\.\\./assets/facts-filter\\.[0-9a-f]{10}\\.js\" defer></script>", html);
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
        Assert.DoesNotContain(" onclick=", html);
        Assert.Contains("<div class=\"ledger-filter\" hidden>", html);
        Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "facts-filter.*.js"));
    }

    private static string Entry(string html, string id) =>
        Regex.Match(html, $"<li class=\"ledger-entry[^\"]*\" id=\"{id}\".*?</li>\\s*(?=<li class=\"ledger-entry|</ol>)", RegexOptions.Singleline).Value;
}
