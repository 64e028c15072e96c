using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>search/: the page the header's search opens on Enter; its results are drawn by search.js, and without it the page offers ways to browse.</summary>
public sealed class SearchPageTests
{
    private const string Site = """
        -- index.md --
        # Home

        See the [FAQ](faq/) and the [glossary](glossary/).
        -- _data/definitions.yml --
        - id: vm
          term: virtual machine
          title: Virtual machine
          short: A computer made of software.
        -- _data/faq.yml --
        - id: why
          question: Why use a VM?
          answer: To run another operating system.
          terms: [vm]
        """;

    [Fact]
    public void The_search_page_loads_the_search_script_and_without_it_lists_the_sections_but_is_not_itself_indexed()
    {
        using var site = TestSite.Create(Site);
        var result = BuildPipeline.Run(new BuildOptions(site.Input, Repo.Theme, site.Output, BaseUrl: "https://example.org/", Strict: true));
        DiagnosticAssert.Clean(result);
        var html = site.Html("search/index.html");
        Assert.Contains("<title>Search · ", html);
        Assert.Matches("<script src=\"../assets/search\\.[0-9a-f]{10}\\.js\"></script>", html);
        Assert.Contains("<input id=\"search-view-q\" type=\"search\" name=\"q\"", html);
        Assert.Contains("<li><a href=\"../\">Home</a></li>", html);
        Assert.Contains("<li><a href=\"../glossary/\">Glossary</a>: Every term used on this site, A to Z.</li>", html);
        Assert.Contains("<li><a href=\"../faq/\">FAQ</a>:", html);
        // Every page's header knows where Enter goes.
        Assert.Contains("data-results=\"../search/\"", site.Html("faq/index.html"));

        Assert.DoesNotContain("\"search/\"", site.Html("search-index.json"));
        Assert.DoesNotContain("/search/", site.Html("sitemap.xml"));
        Assert.DoesNotContain("search/", site.Html("llms.txt"));
        // Pages a reader wrote are counted; the machinery is not.
        Assert.Equal(4, result.PageCount); // home, glossary, its term, FAQ
    }

    [Fact]
    public void A_page_of_the_input_at_search_keeps_its_place()
    {
        using var site = TestSite.Create(Site + "\n-- search.md --\n# Our own search\n\nBack [home](index.md).\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<h1 id=\"our-own-search\">Our own search</h1>", site.Html("search/index.html"));
    }
}
