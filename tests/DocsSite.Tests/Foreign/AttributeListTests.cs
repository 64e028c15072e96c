using DocsSite.Tests.Support;

namespace DocsSite.Tests.Foreign;

/// <summary>
/// MkDocs' <c>attr_list</c>: <c>## Title { #custom-id }</c> and <c>**word**{ #id }</c> give ids that links
/// use, when the corpus' mkdocs.yml enables the extension or site.yml sets <c>markdown: { attributes: true }</c>.
/// </summary>
public sealed class AttributeListTests
{
    private const string Pages = """
        -- index.md --
        # Home

        ## Installing it { #setup }

        *   **`locale`**{ #theme-locale }: the language of the theme.

        Other heading {: #other .wide }
        -------------------------------

        ## Closed heading ## {#closed}

        ## C# {#csharp}

        [Read the guide](guide.md){ .md-button }

        A paragraph with its own id
        {: #para }

        Braces in prose stay: use {name} and {x=1} here.
        -- guide.md --
        # Guide

        See [setup](index.md#setup), [locale](index.md#theme-locale), [other](index.md#other),
        [closed](index.md#closed), [C#](index.md#csharp) and [the paragraph](index.md#para).
        """;

    private const string MkDocsYml = """
        site_name: Test
        docs_dir: input
        markdown_extensions:
          - toc:
              permalink: true
          - attr_list
          - pymdownx.emoji:
              emoji_index: !!python/name:material.extensions.emoji.twemoji
        """;

    private static TestSite WithMkDocs(string pages, string mkdocs = MkDocsYml)
    {
        var site = TestSite.Create(pages);
        File.WriteAllText(Path.Combine(site.Root, "mkdocs.yml"), mkdocs);
        return site;
    }

    [Fact]
    public void Ids_from_attribute_lists_are_used_and_the_lists_are_not_shown()
    {
        using var site = WithMkDocs(Pages);
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        var html = site.Html("index.html");
        Assert.Contains("<h2 id=\"setup\">Installing it</h2>", html);
        Assert.Contains("<strong id=\"theme-locale\"><code>locale</code></strong>: the language", html);
        Assert.Contains("<h2 id=\"other\" class=\"wide\">Other heading</h2>", html);
        Assert.Contains("<h2 id=\"closed\">Closed heading</h2>", html);
        Assert.Contains("<h2 id=\"csharp\">C#</h2>", html);
        Assert.Matches("<a href=\"guide/\"[^>]* class=\"md-button\"|<a class=\"md-button\"[^>]* href=\"guide/\"", html);
        Assert.Contains("<p id=\"para\">A paragraph with its own id</p>", html);
        Assert.Contains("use {name} and {x=1} here.", html);
        Assert.DoesNotContain("{ #", html);
        Assert.DoesNotContain("{:", html);
    }

    [Fact]
    public void A_fragment_that_names_no_id_is_still_reported_where_it_is_written()
    {
        // The heading's text no longer makes its id: #installing-it is gone, as in MkDocs.
        using var site = WithMkDocs(Pages + "\n-- broken.md --\n# Broken\n\nSee [old](index.md#installing-it).\n");
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, "DS2102", "broken.md", 3, 11);
        Assert.Contains("`installing-it`", error.Message);
    }

    [Fact]
    public void Without_attr_list_the_braces_are_text_and_the_ids_do_not_exist()
    {
        using var site = WithMkDocs(Pages, "site_name: Test\ndocs_dir: input\nmarkdown_extensions:\n  - toc\n");
        var result = site.Build();

        Assert.Equal(
            [("guide.md", 3, 13), ("guide.md", 3, 39), ("guide.md", 3, 71), ("guide.md", 4, 10), ("guide.md", 4, 33), ("guide.md", 4, 70)],
            result.Diagnostics.Sorted().Where(d => d.Code == "DS2102").Select(d => (d.File, d.Line, d.Column)));
        Assert.Single(result.Diagnostics.Sorted(), d => d.Message.Contains("Did you mean `c-csharp`?", StringComparison.Ordinal));
    }

    [Fact]
    public void Site_yml_turns_attribute_lists_on_or_off_whatever_mkdocs_yml_says()
    {
        using (var on = TestSite.Create(Pages + "\n-- site.yml --\nmarkdown:\n  attributes: true\n"))
            DiagnosticAssert.Clean(on.Build());

        using var off = WithMkDocs(Pages + "\n-- site.yml --\nmarkdown: { attributes: false }\n");
        Assert.Equal(6, off.Build().Diagnostics.Sorted().Count(d => d.Code == "DS2102"));
    }

    [Fact]
    public void An_unknown_markdown_setting_is_reported()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n-- site.yml --\nmarkdown:\n  attribute: true\n");
        var error = DiagnosticAssert.Single(site.Build(), "DS1003", "site.yml", 2, 3);
        Assert.Contains("`attributes`", error.Message);
    }

    [Fact]
    public void Attributes_that_could_run_or_load_something_are_left_out_and_reported()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            ## Title { #t onclick="alert(1)" style="color: red" target=_blank title="Hint" }

            ![logo](logo.png){ src=https://evil.example/x.png width=40 }
            -- logo.png --
            not really a picture
            -- site.yml --
            markdown: { attributes: true }
            """);
        var result = site.Build();

        var all = result.Diagnostics.Sorted();
        var unsafeAttribute = DiagnosticAssert.Single(result, "DS2302", "index.md", 3, 15);
        Assert.Contains("`onclick`", unsafeAttribute.Message);
        Assert.Equal(
            [("DS2306", 3, 34), ("DS2306", 3, 53), ("DS2306", 5, 20)],
            all.Where(d => d.Code == "DS2306").Select(d => (d.Code, d.Line, d.Column)));
        Assert.False(result.Written);
        site.Write("-- index.md --\n# Home\n\n## Title { #t title=\"Hint\" }\n\n![logo](logo.png){ width=40 }\n");
        DiagnosticAssert.Clean(site.Build());
        var html = site.Html("index.html");
        Assert.Contains("<h2 id=\"t\" title=\"Hint\">Title</h2>", html);
        Assert.Contains("width=\"40\"", html);
    }

    [Fact]
    public void The_reference_syntax_is_not_taken_for_an_attribute_list()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            The figure is [=missing-fact], see [[missing-term]]{ #after }.

            ::faq{ids="missing-entry"}
            -- site.yml --
            references: true
            markdown: { attributes: true }
            """);
        var result = site.Build();

        Assert.Equal(["DS2001", "DS2002", "DS2006"], result.Diagnostics.Sorted().Select(d => d.Code).Order());
        DiagnosticAssert.Single(result, "DS2006", "index.md", 5, 12);
    }
}
