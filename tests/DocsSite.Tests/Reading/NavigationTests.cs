using System.Text.RegularExpressions;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>The menu in groups from site.yml, the way back (breadcrumbs) and on (previous/next).</summary>
public sealed partial class NavigationTests
{
    private const string Site = """
        -- site.yml --
        title: Guide
        nav:
          - group: Learn
            pages: [a.md, b.md]
          - group: Decide
            pages:
              - c.md
              - glossary/
        -- index.md --
        # Home

        [A](a.md)
        -- a.md --
        # Alpha
        -- b.md --
        # Beta
        -- c.md --
        # Gamma
        -- _data/definitions.yml --
        - id: vm
          term: virtual machine
          title: Virtual machine
          short: A computer made of software.
        """;

    [Fact]
    public void The_menu_shows_each_group_with_its_pages_in_order_and_marks_the_current_one()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("b/index.html");
        var menu = html[html.IndexOf("<nav class=\"site-nav\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Equal(["Learn", "Alpha", "Beta", "Decide", "Gamma", "Glossary"], Texts(menu));
        Assert.Contains("<a href=\"./\" aria-current=\"page\">Beta</a>", menu);
        Assert.Contains("<details class=\"menu\">", html);
    }

    [Fact]
    public void Previous_and_next_follow_the_menu_across_groups()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("b/index.html");
        Assert.Contains("<a class=\"prev\" href=\"../a/\" rel=\"prev\"><span>Previous</span> Alpha</a>", html);
        Assert.Contains("<a class=\"next\" href=\"../c/\" rel=\"next\"><span>Next</span> Gamma</a>", html);
        Assert.DoesNotContain("class=\"prev\"", site.Html("a/index.html"));
    }

    [Fact]
    public void A_term_page_has_breadcrumbs_through_the_glossary()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("glossary/vm/index.html");
        Assert.Contains("<ol><li><a href=\"../../\">Home</a></li><li><a href=\"../\">Glossary</a></li><li><span aria-current=\"page\">Virtual machine</span></li></ol>", html);
    }

    [Fact]
    public void A_flat_nav_list_still_works_and_sections_close_the_menu()
    {
        using var site = TestSite.Create(Site.Replace("""
            nav:
              - group: Learn
                pages: [a.md, b.md]
              - group: Decide
                pages:
                  - c.md
                  - glossary/
            """, "nav:\n  - c.md\n  - a.md\n  - b.md\n"));
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("index.html");
        var menu = html[html.IndexOf("<nav class=\"site-nav\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Equal(["Gamma", "Alpha", "Beta", "Glossary"], Texts(menu));
    }

    [Fact]
    public void A_nav_item_that_is_neither_a_page_nor_a_group_is_an_error_at_the_item()
    {
        using var site = TestSite.Create("-- site.yml --\nnav:\n  - a.md\n  - [b.md]\n-- a.md --\n# A\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS1004", "site.yml", 3, 5);
        Assert.Contains("Each item of `nav` must be a page (`- overview.md`) or a group (`- group: Learn` with `pages:`)", d.Message);
    }

    [Fact]
    public void A_group_naming_a_missing_page_is_reported_at_the_name()
    {
        using var site = TestSite.Create("-- site.yml --\nnav:\n  - group: Learn\n    pages:\n      - a.md\n      - nope.md\n-- a.md --\n# A\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2104", "site.yml", 5, 9);
        Assert.Equal("The navigation names `nope.md`, but there is no such page.", d.Message);
    }

    private static string[] Texts(string html) =>
        Text().Matches(html).Select(m => m.Groups[1].Value).Where(t => t.Trim().Length > 0).ToArray();

    [GeneratedRegex(">([^<>]+)<")]
    private static partial Regex Text();
}
