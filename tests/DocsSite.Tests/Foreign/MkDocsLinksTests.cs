using DocsSite.Tests.Support;

namespace DocsSite.Tests.Foreign;

/// <summary>
/// Links in an MkDocs corpus mean what they mean to MkDocs: heading ids as its toc extension makes them,
/// and a link MkDocs leaves alone (it names no file from the Markdown's folder) read from the page's URL.
/// </summary>
public sealed class MkDocsLinksTests
{
    private const string Pages = """
        -- index.md --
        # Home

        See [the flow](network/plugins.md#definition-flow), [twice](network/plugins.md#setup_1)
        and [café](network/plugins.md#cafe-au-lait).
        Plugins: [passt](network/binding/passt.md).
        -- network/plugins.md --
        # Plugins

        ## Definition & Flow

        ## Setup

        ## Setup

        ## Café au lait
        -- network/binding/passt.md --
        # Passt

        Register it [as below](./#passt-registration), see [the interface](../../plugins#setup).

        ## Passt registration
        """;

    private static TestSite Create(string pages, string mkdocs = "site_name: Test\ndocs_dir: input\n")
    {
        var site = TestSite.Create(pages);
        File.WriteAllText(Path.Combine(site.Root, "mkdocs.yml"), mkdocs);
        return site;
    }

    [Fact]
    public void Heading_ids_are_made_as_mkdocs_makes_them_and_links_written_for_them_resolve()
    {
        using var site = Create(Pages);
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        var html = site.Html("network/plugins/index.html");
        Assert.Contains("<h2 id=\"definition-flow\">Definition &amp; Flow</h2>", html);
        Assert.Contains("<h2 id=\"setup\">Setup</h2>", html);
        Assert.Contains("<h2 id=\"setup_1\">Setup</h2>", html);
        // The passt page's links are kept as MkDocs leaves them, and lead where they lead there.
        var passt = site.Html("network/binding/passt/index.html");
        Assert.Contains("href=\"./#passt-registration\"", passt);
        Assert.Contains("href=\"../../plugins#setup\"", passt);
    }

    [Fact]
    public void A_github_style_id_is_a_broken_fragment_in_an_mkdocs_corpus_at_its_place()
    {
        using var site = Create(Pages.Replace("#definition-flow", "#definition--flow"));
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, "DS2102", "index.md", 3, 16);
        Assert.Contains("Did you mean `definition-flow`?", error.Message);
    }

    [Fact]
    public void Site_yml_can_keep_github_ids_and_outside_mkdocs_links_are_read_from_their_file()
    {
        using var site = Create(Pages + "\n-- site.yml --\nmarkdown: { ids: github }\n");
        var github = site.Build();
        Assert.Equal(3, github.Diagnostics.Sorted().Count(d => d.Code == "DS2102"));

        using var plain = TestSite.Create(Pages);
        var result = plain.Build();
        // Without mkdocs.yml, ./ names the folder, which has no page.
        Assert.Contains(result.Diagnostics.Sorted(), d => d is { Code: "DS2101", File: "network/binding/passt.md", Line: 3, Column: 24 });
    }
}
