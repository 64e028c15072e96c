using DocsSite.Tests.Support;

namespace DocsSite.Tests.Foreign;

/// <summary>
/// Ids another tool puts on a page (an MkDocs plugin documenting a command line), declared in site.yml
/// under <c>links: external_anchors</c>: links to them pass, and every entry must be needed.
/// </summary>
public sealed class ExternalAnchorsTests
{
    private const string Site = """
        -- index.md --
        # Home

        Run [mkdocs build](user-guide/cli.md#mkdocs-build) or [serve](user-guide/cli.md#mkdocs-serve).
        -- user-guide/cli.md --
        # Command line

        ## Options
        """;

    [Fact]
    public void A_link_to_a_declared_anchor_passes_and_an_undeclared_one_is_still_broken()
    {
        using var site = TestSite.Create(Site + """

            -- site.yml --
            links:
              external_anchors:
                user-guide/cli.md: [mkdocs-build]
            """);
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, "DS2102", "index.md", 3, 63);
        Assert.Contains("`mkdocs-serve`", error.Message);
        Assert.Single(result.Diagnostics.Sorted());
    }

    [Fact]
    public void Each_declared_anchor_no_link_needs_is_a_warning_at_its_entry()
    {
        using var site = TestSite.Create(Site + """

            -- site.yml --
            links:
              external_anchors:
                user-guide/cli.md: [mkdocs-build, mkdocs-serve, options, mkdocs-gh-deploy]
                user-guide/gone.md: [anything]
            """);
        var result = site.Build();

        Assert.True(result.Written);
        var warnings = result.Diagnostics.Sorted();
        Assert.Equal(
            [("DS2108", "site.yml", 3, 53), ("DS2108", "site.yml", 3, 62), ("DS2108", "site.yml", 4, 26)],
            warnings.Select(d => (d.Code, d.File, d.Line, d.Column)));
        Assert.Equal("`user-guide/cli.md#options` in `external_anchors` is not needed: the page has this id itself; remove the entry.", warnings[0].Message);
        Assert.Equal("`user-guide/cli.md#mkdocs-gh-deploy` in `external_anchors` is not needed: no link goes to it; remove the entry.", warnings[1].Message);
        Assert.Contains("the site has no page `user-guide/gone.md`", warnings[2].Message);
    }

    [Fact]
    public void A_declaration_that_is_not_a_list_of_ids_is_reported()
    {
        using var site = TestSite.Create(Site + "\n-- site.yml --\nlinks:\n  external_anchors:\n    user-guide/cli.md: mkdocs-build\n");
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, "DS1004", "site.yml", 3, 24);
        Assert.Contains("must be a list of ids", error.Message);
    }
}
