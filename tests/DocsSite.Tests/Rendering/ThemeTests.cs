using DocsSite.Tests.Support;

namespace DocsSite.Tests.Rendering;

public sealed class ThemeTests
{
    [Fact]
    public void An_unknown_variable_in_a_template_names_the_template()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        var theme = site.ThemeWith(("layouts/article.hbs", "{{{content}}} {{pageTitle}}"));
        File.WriteAllText(Path.Combine(site.Input, "other.md"), "# Other\n");
        var result = site.Build(theme: theme);
        var d = Assert.Single(result.Diagnostics.Sorted(), x => x.Code == "DS3002");
        Assert.EndsWith("layouts/article.hbs", d.File);
        Assert.Contains("pageTitle", d.Message);
        Assert.False(site.Exists("index.html"));
    }

    [Fact]
    public void A_template_that_does_not_compile_is_reported()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        var theme = site.ThemeWith(("partials/analogy.hbs", "{{#each x}}"));
        var d = Assert.Single(site.Build(theme: theme).Diagnostics.Sorted(), x => x.Code == "DS3001");
        Assert.EndsWith("partials/analogy.hbs", d.File);
    }

    [Fact]
    public void A_broken_layout_is_reported_once_a_page_uses_it_and_not_before()
    {
        const string facts = "-- _data/sources.yml --\n- id: src\n  title: The source\n"
            + "-- _data/facts.yml --\n- id: fact-a\n  claim: Hypervisors run virtual machines.\n  source: src\n  locator: paragraph one\n";
        // A site without facts has no facts page: its layout is not compiled, and the site builds.
        using var plain = TestSite.Create("-- index.md --\n# Home\n");
        var result = plain.Build(theme: plain.ThemeWith(("layouts/facts.hbs", "{{#each x}}")));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == "DS3001");
        Assert.True(plain.Exists("index.html"));

        using var withFacts = TestSite.Create("-- index.md --\n# Home\n\nHypervisors run virtual machines [=fact-a].\n" + facts);
        var failed = withFacts.Build(theme: withFacts.ThemeWith(("layouts/facts.hbs", "{{#each x}}")));
        var d = Assert.Single(failed.Diagnostics.Sorted(), x => x.Code == "DS3001");
        Assert.EndsWith("layouts/facts.hbs", d.File);
        Assert.False(withFacts.Exists("index.html"));
    }

    [Fact]
    public void An_unknown_partial_names_the_template_that_asks_for_it()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        var theme = site.ThemeWith(("layouts/home.hbs", "{{{content}}}{{> sidebar}}"));
        var d = Assert.Single(site.Build(theme: theme).Diagnostics.Sorted(), x => x.Code == "DS3002");
        Assert.EndsWith("layouts/home.hbs", d.File);
        Assert.Contains("sidebar", d.Message);
    }

}
