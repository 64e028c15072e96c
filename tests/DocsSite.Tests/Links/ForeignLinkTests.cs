using DocsSite.Tests.Support;

namespace DocsSite.Tests.Links;

/// <summary>Links as other people's Markdown writes them: raw HTML, "page.html", links out of the docs folder, code-host anchors.</summary>
public sealed class ForeignLinkTests
{
    [Fact]
    public void Raw_html_moves_with_its_page_as_markdown_links_do()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Book

            Read the [chapter](chapter.md).
            -- chapter.md --
            # Chapter

            <img src="img/diagram.svg" alt="A diagram"> and <a href="index.md">back</a>.
            -- img/diagram.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);
        DiagnosticAssert.Clean(site.Build());
        var html = site.Html("chapter/index.html");
        Assert.Contains("<img src=\"../img/diagram.svg\" alt=\"A diagram\">", html);
        Assert.Contains("<a href=\"../\">back</a>", html);
    }

    [Fact]
    public void A_broken_raw_html_url_is_reported_where_written_and_resolved_from_the_file()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n<img src=\"img/missing.svg\" alt=\"x\">\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2101", "index.md", 3, 11);
        Assert.Equal("Broken link `img/missing.svg`: There is no page or file at `/img/missing.svg`.", d.Message);
    }

    [Fact]
    public void A_link_to_page_html_is_the_page_built_from_page_md()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n[Next](guide/setup.html#install)\n-- guide/setup.md --\n# Setup\n\n## Install\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<a href=\"guide/setup/#install\">Next</a>", site.Html("index.html"));
    }

    [Fact]
    public void A_real_html_file_wins_over_the_page_of_the_same_name()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n[Static](setup.html)\n-- setup.html --\n<p>static</p>\n-- setup.md --\n# Setup\n\n[Home](index.md)\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<a href=\"setup.html\">Static</a>", site.Html("index.html"));
    }

    [Fact]
    public void Links_out_of_the_input_become_repository_links_when_the_file_exists_in_the_checkout()
    {
        using var site = TestSite.Create("""
            -- site.yml --
            title: Docs
            repository: https://github.com/o/r/blob/main/
            -- index.md --
            # Docs

            See [the API](../api/x.proto), [building](/BUILDING.md) and [nothing](../api/gone.proto).
            """);
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        Directory.CreateDirectory(Path.Combine(site.Root, "api"));
        File.WriteAllText(Path.Combine(site.Root, "api", "x.proto"), "syntax = \"proto3\";\n");
        File.WriteAllText(Path.Combine(site.Root, "BUILDING.md"), "# Building\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2101", "index.md", 3, 71);
        Assert.Equal("Broken link `../api/gone.proto`: `../api/gone.proto` climbs above the root of the site, and the repository has no such file.", d.Message);

        File.Delete(Path.Combine(site.Input, "index.md"));
        site.Write("-- index.md --\n# Docs\n\nSee [the API](../api/x.proto) and [building](/BUILDING.md).\n");
        DiagnosticAssert.Clean(site.Build());
        var html = site.Html("index.html");
        Assert.Contains("<a href=\"https://github.com/o/r/blob/main/api/x.proto\">the API</a>", html);
        Assert.Contains("<a href=\"https://github.com/o/r/blob/main/BUILDING.md\">building</a>", html);
    }

    [Fact]
    public void Without_a_repository_a_link_out_of_the_input_says_how_to_make_it_work()
    {
        using var site = TestSite.Create("-- index.md --\n# Docs\n\n[API](../api/x.proto)\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2101", "index.md", 3, 7);
        Assert.Contains("set `repository:` in site.yml", d.Message);
    }

    [Fact]
    public void Code_host_anchors_are_a_warning_with_the_exact_id_only_when_asked_for()
    {
        const string Pages = "-- index.md --\n# Home\n\n[Flow](other.md#Flow)\n-- other.md --\n# Other\n\n## flow\n";
        using (var strict = TestSite.Create(Pages))
            DiagnosticAssert.Single(strict.Build(), "DS2102", "index.md", 3, 8);
        using var github = TestSite.Create("-- site.yml --\ntitle: T\nanchors: github\n" + Pages);
        var result = github.Build();
        Assert.False(result.Diagnostics.HasErrors);
        var d = DiagnosticAssert.Single(result, "DS2107", "index.md", 3, 8);
        Assert.Equal("`other.md#Flow`: the id is `flow`; `#Flow` finds it only where case is ignored (as code hosts do), not in browsers. Write `#flow`.", d.Message);
    }

    [Fact]
    public void A_link_from_the_repository_root_into_the_input_is_the_page_it_names()
    {
        using var site = TestSite.Create("-- site.yml --\ntitle: Docs\nrepository: https://github.com/o/r/blob/main/\n-- index.md --\n# Docs\n\nSee [plugins](/input/plugins.md#writing).\n-- plugins.md --\n# Plugins\n\n## Writing\n");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<a href=\"plugins/#writing\">plugins</a>", site.Html("index.html"));
    }

    [Fact]
    public void Raw_html_urls_are_rewritten_where_their_attribute_is_whatever_the_order_or_encoding()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            [Page](guide/page.md)
            -- guide/page.md --
            # Page

            <img alt="see logo.png" srcset="logo.png 1x, logo@2x.png 2x" src="logo.png"> <a href="logo.png?a=1&amp;b=2">x</a>
            -- guide/logo.png --
            png
            -- guide/logo@2x.png --
            png
            """);
        DiagnosticAssert.Clean(site.Build());
        var html = site.Html("guide/page/index.html");
        Assert.Contains("<img alt=\"see logo.png\" srcset=\"../logo.png 1x, ../logo%402x.png 2x\" src=\"../logo.png\">", html);
        Assert.Contains("<a href=\"../logo.png?a=1&amp;b=2\">x</a>", html);
    }

    [Fact]
    public void A_broken_srcset_url_after_its_src_is_reported()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n<img srcset=\"logo.png 1x, gone.png 2x\" src=\"logo.png\" alt=\"\">\n-- logo.png --\npng\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2101", "index.md", 3, 27);
        Assert.Equal("Broken link `gone.png`: There is no page or file at `/gone.png`.", d.Message);
    }

    [Fact]
    public void A_nul_in_a_link_out_of_the_input_is_a_broken_link_not_a_crash()
    {
        using var site = TestSite.Create("-- site.yml --\ntitle: T\nrepository: https://github.com/o/r/blob/main/\n-- index.md --\n# Home\n\n[a](../x%00y) and [b](/x%00)\n");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == "DS0009");
        Assert.Equal(2, result.Diagnostics.Sorted().Count(d => d.Code == "DS2101"));
    }

    [Fact]
    public void No_check_inside_a_multi_line_html_block_exempts_its_own_line()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n<div>\n<img src=\"later.png\" alt=\"\"> <!-- no-check -->\n<img src=\"soon.png\" alt=\"\">\n</div>\n");
        DiagnosticAssert.Single(site.Build(), "DS2101", "index.md", 5, 11);
    }
}
