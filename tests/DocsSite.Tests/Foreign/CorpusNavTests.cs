using DocsSite.Tests.Support;

namespace DocsSite.Tests.Foreign;

/// <summary>The menu from the table of contents a corpus brings: mdBook's SUMMARY.md, MkDocs' nav in mkdocs.yml.</summary>
public sealed class CorpusNavTests
{
    private const string Book = """
        -- SUMMARY.md --
        # Summary

        [Introduction](README.md)

        # User guide

        - [Installing](guide/install.md)
        - [Reading books](guide/reading.md)
            - [Draft chapter]()
            - [Nested](guide/nested%20page.md)

        ---

        [Thanks](misc/thanks.md)
        -- README.md --
        # Intro page
        -- guide/install.md --
        ## Installation
        -- guide/reading.md --
        # Reading
        -- guide/nested page.md --
        # Nested page
        -- misc/thanks.md --
        # Contributors
        -- orphan.md --
        # Not in the summary
        """;

    [Fact]
    public void Summary_md_gives_the_menu_order_and_titles_and_is_not_a_page()
    {
        using var site = TestSite.Create(Book);
        var result = site.Build();

        Assert.Equal(["orphan.md"], result.Diagnostics.Sorted().Select(d => d.File));
        Assert.Equal("DS2201", result.Diagnostics.Sorted()[0].Code);
        Assert.Equal(
            ["Introduction -> ./", "Installing -> guide/install/", "Reading books -> guide/reading/",
             "Nested -> guide/nested%20page/", "Thanks -> misc/thanks/"],
            SiteHtml.Menu(site.Html("index.html")));
        Assert.False(site.Exists("SUMMARY/index.html"));
        Assert.False(site.Exists("SUMMARY.md"));
        // The menu names pages as the summary does; the page keeps its own heading.
        Assert.Equal(["Installation"], SiteHtml.H1s(site.Html("guide/install/index.html")));
    }

    [Fact]
    public void A_summary_entry_without_its_page_is_reported_where_it_is_written()
    {
        using var site = TestSite.Create(Book.Replace("(misc/thanks.md)", "(misc/missing.md)"));
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, "DS2104", "SUMMARY.md", 14, 1);
        Assert.Contains("misc/missing.md", error.Message);
    }

    [Fact]
    public void Nav_in_site_yml_wins_over_summary_md()
    {
        using var site = TestSite.Create(Book + "\n-- site.yml --\nnav: [guide/reading.md]");
        site.Build();

        Assert.Equal(["Reading -> guide/reading/"], SiteHtml.Menu(site.Html("index.html")));
    }

    private const string MkDocsPages = """
        -- index.md --
        # Welcome
        -- getting-started.md --
        # Getting started
        -- user-guide/README.md --
        # User guide
        -- user-guide/writing.md --
        # Writing your docs
        -- about/license.md --
        # License
        """;

    [Fact]
    public void Mkdocs_yml_beside_the_docs_folder_gives_the_menu_and_is_not_published()
    {
        using var site = TestSite.Create(MkDocsPages);
        File.WriteAllText(Path.Combine(site.Root, "mkdocs.yml"), """
            site_name: Test
            docs_dir: input
            theme:
              name: material
            markdown_extensions:
              - pymdownx.emoji:
                  emoji_index: !!python/name:material.extensions.emoji.twemoji
            plugins:
              - search
            # PyYAML lets the later key win; the nav is read all the same.
            plugins:
              - search
            extra:
              version: !ENV [VERSION, dev]
            nav:
              - index.md
              - Start here: getting-started.md
              - User Guide: user-guide/
              - About:
                  - Writing: 'user-guide/writing.md'
                  - License: about/license.md
                  - Source code: https://github.com/example/project
            """);
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        Assert.Equal(
            ["Welcome -> ./", "Start here -> getting-started/", "User Guide -> user-guide/",
             "Writing -> user-guide/writing/", "License -> about/license/"],
            SiteHtml.Menu(site.Html("index.html")));
    }

    [Fact]
    public void Mkdocs_yml_in_the_input_root_is_configuration_not_a_file_of_the_site()
    {
        using var site = TestSite.Create(MkDocsPages + """

            -- mkdocs.yml --
            nav:
              - Home: index.md
              - Missing: nowhere.md
            """);
        var result = site.Build();

        DiagnosticAssert.Single(result, "DS2104", "mkdocs.yml", 3, 14);
        Assert.False(result.Written);
        site.Write("-- mkdocs.yml --\nnav:\n  - Home: index.md\n  - Start: getting-started.md");
        result = site.Build();
        Assert.True(result.Written);
        Assert.False(site.Exists("mkdocs.yml"));
        Assert.Equal(["Home -> ./", "Start -> getting-started/"], SiteHtml.Menu(site.Html("index.html")));
    }

    [Fact]
    public void A_missing_page_in_a_parent_mkdocs_yml_is_reported_there()
    {
        using var site = TestSite.Create(MkDocsPages);
        File.WriteAllText(Path.Combine(site.Root, "mkdocs.yml"), "docs_dir: input\nnav:\n  - Home: index.md\n  - Old: removed.md\n");
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, "DS2104", "../mkdocs.yml", 4, 10);
        Assert.Contains("`removed.md`", error.Message);
    }

    [Fact]
    public void A_parent_mkdocs_yml_for_another_docs_dir_is_ignored()
    {
        using var site = TestSite.Create(MkDocsPages);
        File.WriteAllText(Path.Combine(site.Root, "mkdocs.yml"), "nav:\n  - about/license.md\n");
        site.Build();

        // docs_dir defaults to "docs", and this input is "input": the menu is the folder's own.
        Assert.DoesNotContain("License -> about/license/", SiteHtml.Menu(site.Html("index.html")));
    }
}
