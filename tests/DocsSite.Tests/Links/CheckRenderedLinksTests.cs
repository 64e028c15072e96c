using DocsSite.Tests.Support;

namespace DocsSite.Tests.Links;

/// <summary>Links that templates and raw HTML put in the final HTML are checked; raw HTML is written relative to its Markdown file, as Markdown links are.</summary>
public sealed class CheckRenderedLinksTests
{
    private static DocsSite.Pipeline.BuildResult Build(string body, string? articleTemplate = null)
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n[p](page.md)\n-- img/a.png --\npng\n-- page.md --\n# Page\n\n" + body);
        if (articleTemplate is null) return site.Build();
        return site.Build(theme: site.ThemeWith(("layouts/article.hbs", articleTemplate)));
    }

    [Fact]
    public void A_broken_link_in_raw_html_is_reported_against_the_page()
    {
        var d = DiagnosticAssert.Single(Build("<p><a href=\"nowhere/\">x</a></p>"), "DS2101", "page.md", 3, 13);
        Assert.Equal("Broken link `nowhere/`: There is no page or file at `/nowhere/`.", d.Message);
    }

    [Fact]
    public void Every_url_of_a_srcset_is_checked()
    {
        var d = DiagnosticAssert.Single(Build("<img src=\"img/a.png\" srcset=\"img/a.png 1x, img/b.png 2x\" alt=\"\">"), "DS2101", "page.md", 3, 44);
        Assert.Equal("Broken link `img/b.png`: There is no page or file at `/img/b.png`.", d.Message);
    }

    [Fact]
    public void A_missing_id_on_a_generated_link_is_reported()
    {
        var d = DiagnosticAssert.Single(Build("Text.", "{{{content}}}<a href=\"../#nope\">home</a>"), "DS2102", "page.md", 0, 0);
        Assert.Contains("`nope`", d.Message);
    }

    [Fact]
    public void A_template_link_from_the_site_root_is_refused() =>
        DiagnosticAssert.Single(Build("Text.", "{{{content}}}<a href=\"/glossary/\">g</a>"), "DS2105", "page.md", 0, 0);

    [Fact]
    public void An_element_marked_data_no_check_is_a_deliberate_exception() =>
        DiagnosticAssert.Clean(Build("<div data-no-check><a href=\"later/\">soon</a></div>"));

    [Fact]
    public void Name_targets_and_raw_ids_count_as_anchors() =>
        DiagnosticAssert.Clean(Build("<a name=\"old\"></a><span id=\"new\"></span>\n\n[o](#old) [n](#new) [h](index.md#home)"));
}
