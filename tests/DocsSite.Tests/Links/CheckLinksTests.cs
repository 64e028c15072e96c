using DocsSite.Tests.Support;

namespace DocsSite.Tests.Links;

public sealed class CheckLinksTests
{
    private static DocsSite.Pipeline.BuildResult Build(string page)
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            [guide](guide/index.md) [a](guide/a.md) [t](guide/test.md)
            -- guide/index.md --
            # Guide

            ## Fünf Schritte

            <a id="legacy-anchor"></a>
            -- guide/a.md --
            # A

            ## Set up
            -- guide/files/spec.pdf --
            pdf
            -- guide/test.md --
            """ + "\n" + page);
        return site.Build();
    }

    [Fact]
    public void A_link_to_a_missing_page_points_at_its_url()
    {
        var d = DiagnosticAssert.Single(Build("# T\n\nSee [this](missing.md)."), "DS2101", "guide/test.md", 3, 12);
        Assert.Equal("Broken link `missing.md`: There is no page `guide/missing.md`.", d.Message);
    }

    [Fact]
    public void A_missing_fragment_is_reported_with_a_suggestion()
    {
        var d = DiagnosticAssert.Single(Build("# T\n\n[a](a.md#setup)"), "DS2102", "guide/test.md", 3, 5);
        Assert.Equal("Broken link `a.md#setup`: `guide/a.md` has no heading or element with the id `setup`. Did you mean `set-up`?", d.Message);
    }

    [Fact]
    public void A_missing_fragment_on_the_same_page_is_reported() =>
        DiagnosticAssert.Single(Build("# T\n\n## Real\n\n[r](#real) [x](#unreal)"), "DS2102", "guide/test.md", 5, 16);

    [Theory]
    [InlineData("[x](index.md#fünf-schritte)")]
    [InlineData("[x](index.md#f%C3%BCnf-schritte)")]
    [InlineData("[x](./#fünf-schritte)")]
    [InlineData("[x](../guide/)")]
    [InlineData("[x](../guide/index.html)")]
    [InlineData("[x](a.md?print=1#set-up)")]
    [InlineData("[x](index.md#legacy-anchor)")]
    [InlineData("[x](#top) [y](#)")]
    [InlineData("[x](files/spec.pdf#page=2)")]
    [InlineData("[x](mailto:) [y](tel:+100) [z](https://example.invalid/nowhere)")]
    [InlineData("`[x](missing.md)`\n\n    [y](missing.md)")]
    [InlineData("[x](/guide/a/#set-up)")]
    public void Links_that_resolve_are_not_reported(string markdown) =>
        DiagnosticAssert.Clean(Build("# T\n\n" + markdown));

    [Theory]
    [InlineData("[x](../../outside.md)")]
    [InlineData("[x](files/other.pdf)")]
    [InlineData("![x](missing.png)")]
    [InlineData("[x](/nowhere/)")]
    public void Links_that_do_not_resolve_are_reported(string markdown)
    {
        var result = Build("# T\n\n" + markdown);
        DiagnosticAssert.Single(result, "DS2101", "guide/test.md", 3, markdown.IndexOf('(') + 2);
    }

    [Fact]
    public void Fragment_case_matters_as_it_does_in_browsers() =>
        DiagnosticAssert.Single(Build("# T\n\n[a](a.md#Set-Up)"), "DS2102", "guide/test.md", 3, 5);

    [Fact]
    public void A_no_check_comment_exempts_its_line_or_the_next() =>
        DiagnosticAssert.Clean(Build("# T\n\n<!-- no-check -->\nSee [later](later.md).\n\nAnd [soon](soon.md) <!-- no-check -->"));

    [Fact]
    public void A_no_check_comment_exempts_nothing_further() =>
        DiagnosticAssert.Single(Build("# T\n\n<!-- no-check -->\nSee [later](later.md).\n\nBut [soon](soon.md) is checked."), "DS2101", "guide/test.md", 6, 12);
}
