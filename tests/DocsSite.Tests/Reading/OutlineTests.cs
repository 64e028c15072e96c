using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>On-page contents, heading anchors and code labels, whatever drew the headings.</summary>
public sealed class OutlineTests
{
    private const string Page = """
        -- index.md --
        # Home

        [Long](long.md)
        -- long.md --
        # Long page

        ## First part

        ### A detail

        ## Second `part`

        #### Too deep for the contents

        ```bash
        echo hi
        ```
        """;

    [Fact]
    public void The_contents_list_h2_and_h3_and_every_heading_has_an_anchor()
    {
        using var site = TestSite.Create(Page);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("long/index.html");
        Assert.Contains("<li class=\"toc-2\"><a href=\"#first-part\">First part</a></li><li class=\"toc-3\"><a href=\"#a-detail\">A detail</a></li><li class=\"toc-2\"><a href=\"#second-part\">Second part</a></li></ul>", html);
        Assert.DoesNotContain("href=\"#too-deep-for-the-contents\">Too", html);
        Assert.Contains("<div class=\"heading\"><h4 id=\"too-deep-for-the-contents\">Too deep for the contents</h4><a class=\"anchor\" href=\"#too-deep-for-the-contents\"><span class=\"visually-hidden\">Section titled “Too deep for the contents”</span></a></div>", html);
    }

    [Fact]
    public void A_short_page_has_no_contents()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n## Only one\n");
        DiagnosticAssert.Clean(site.Build(strict: true));
        Assert.DoesNotContain("class=\"toc\"", site.Html("index.html"));
    }

    [Fact]
    public void A_code_block_names_its_language_for_the_label()
    {
        using var site = TestSite.Create(Page);
        DiagnosticAssert.Clean(site.Build(strict: true));
        Assert.Contains("<pre data-lang=\"bash\"><code class=\"language-bash\">echo hi", site.Html("long/index.html"));
    }
}
