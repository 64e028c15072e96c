using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>A glossary entry as a reader sees it.</summary>
public sealed class TermPageTests
{
    private const string Site = """
        -- index.md --
        # Home

        About [[cgroups]] and [[control group|control group]].
        -- _data/sources.yml --
        - id: src
          title: The source
        -- _data/facts.yml --
        - id: f
          claim: Cgroups limit resources.
          source: src
          locator: page 1
        -- _data/definitions.yml --
        - id: cgroups
          term: cgroups
          title: cgroups
          aliases: [control groups, control group, resource groups]
          short: Limits on what a group of processes may use.
          facts: [f]
        """;

    [Fact]
    public void Other_names_leave_out_plurals_of_names_already_shown()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        Assert.Contains("<p class=\"aliases\">Also called: <span>control groups</span><span>resource groups</span></p>", site.Html("glossary/cgroups/index.html"));
    }

    [Fact]
    public void The_terms_facts_are_listed_once_under_references()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("glossary/cgroups/index.html");
        Assert.DoesNotContain("<h2 id=\"facts\">", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "Cgroups limit resources."));
        Assert.Contains("<li id=\"ref-1\">Cgroups limit resources.", html);
    }
}
