using DocsSite.Diagnostics;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Foreign;

/// <summary>Titles of Markdown written elsewhere: front matter, else the first heading of any level, else the file name.</summary>
public sealed class TitleTests
{
    [Fact]
    public void A_page_opening_with_a_level_two_heading_takes_it_as_title_and_shows_it_once_as_the_h1()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            See [installing](installing.md).
            -- installing.md --
            ## Installing the tool

            Download it.

            ## Checking it works

            Run it.
            """);
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        var html = site.Html("installing/index.html");
        Assert.Equal(["Installing the tool"], SiteHtml.H1s(html));
        Assert.Contains("<title>Installing the tool", html);
        Assert.Contains("<h2 id=\"checking-it-works\">Checking it works</h2>", html);
        // The heading keeps its id, so links to #installing-the-tool still land.
        Assert.Contains("<h1 id=\"installing-the-tool\">", html);
    }

    [Fact]
    public void A_level_one_heading_anywhere_wins_over_an_earlier_lower_heading()
    {
        using var site = TestSite.Create("""
            -- index.md --
            ### Overview

            Intro.

            # The real title
            """);
        site.Build();

        var html = site.Html("index.html");
        Assert.Contains("<title>The real title", html);
        Assert.Equal(["The real title"], SiteHtml.H1s(html));
    }

    [Fact]
    public void Front_matter_title_wins_over_the_first_heading()
    {
        using var site = TestSite.Create("""
            -- index.md --
            ---
            title: Chosen title
            ---
            ## A section

            Text.
            """);
        site.Build();

        var html = site.Html("index.html");
        Assert.Contains("<title>Chosen title", html);
        Assert.Equal(["Chosen title"], SiteHtml.H1s(html));
    }

    [Fact]
    public void A_page_without_any_heading_is_named_after_its_file_with_a_warning()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            Start with [the guide](getting-started.md).
            -- getting-started.md --
            Just some text, no heading at all.
            """);
        var result = site.Build();

        var warning = DiagnosticAssert.Single(result, "DS1008", "getting-started.md", 1, 1);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("\"Getting started\"", warning.Message);
        Assert.True(result.Written);
        var html = site.Html("getting-started/index.html");
        Assert.Equal(["Getting started"], SiteHtml.H1s(html));
    }

    [Fact]
    public void A_folder_readme_without_heading_is_named_after_its_folder()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            See [the tools](user_tools/README.md).
            -- user_tools/README.md --
            A list of tools.
            """);
        var result = site.Build();

        DiagnosticAssert.Single(result, "DS1008", "user_tools/README.md", 1, 1);
        Assert.Equal(["User tools"], SiteHtml.H1s(site.Html("user_tools/index.html")));
    }

    [Fact]
    public void A_site_can_raise_the_missing_title_back_to_an_error()
    {
        using var site = TestSite.Create("""
            -- site.yml --
            diagnostics:
              DS1008: error
            -- index.md --
            No heading here.
            """);
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, "DS1008", "index.md", 1, 1);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.False(result.Written);
    }
}
