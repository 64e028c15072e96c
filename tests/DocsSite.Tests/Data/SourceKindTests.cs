using DocsSite.Tests.Support;

namespace DocsSite.Tests.Data;

/// <summary>A source may say what kind it is; a kind outside the known list is an error at the value, with a hint.</summary>
public sealed class SourceKindTests
{
    private static string Site(string kind) => $$"""
        -- index.md --
        # Home

        Firecracker boots fast [@boot].
        -- _data/sources.yml --
        - id: spec
          title: Firecracker specification
          kind: {{kind}}
        -- _data/facts.yml --
        - id: boot
          claim: A microVM reaches init quickly.
          source: spec
          locator: item 'Overhead'
        """;

    [Fact]
    public void The_sources_page_labels_a_primary_source_as_such()
    {
        using var site = TestSite.Create(Site("project-docs"));
        DiagnosticAssert.Clean(site.Build(strict: true));
        Assert.Contains("Project documentation (primary source).", site.Html("sources/index.html"));
    }

    [Fact]
    public void The_sources_page_labels_vendor_marketing_as_such()
    {
        using var site = TestSite.Create(Site("vendor-marketing"));
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("sources/index.html");
        Assert.Contains("Vendor marketing.", html);
        Assert.DoesNotContain("primary source", html);
    }

    [Fact]
    public void An_unknown_kind_is_an_error_at_the_value_that_lists_the_kinds_and_suggests_the_closest()
    {
        using var site = TestSite.Create(Site("project-doc"));
        var d = DiagnosticAssert.Single(site.Build(), "DS1015", "_data/sources.yml", 3, 9);
        Assert.Contains("`project-doc` is not a kind of source", d.Message);
        Assert.Contains("specification, project-docs, paper, product-docs, vendor-marketing, survey, news, other", d.Message);
        Assert.Contains("Did you mean `project-docs`?", d.Message);
    }
}
