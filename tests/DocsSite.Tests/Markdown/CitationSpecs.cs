using DocsSite.Tests.Support;

namespace DocsSite.Tests.Markdown;

public sealed class CitationSpecs
{
    [Theory]
    [InlineData("Many[@google-weekly].",
        """<p>Many<sup class="cite"><a href="../../facts/#google-weekly" aria-label="Reference 1">[1]</a></sup>.</p>""")]
    [InlineData("A [@google-weekly] and again [@google-weekly; @google-weekly]",
        """<p>A <sup class="cite"><a href="../../facts/#google-weekly" aria-label="Reference 1">[1]</a></sup> and again <sup class="cite"><a href="../../facts/#google-weekly" aria-label="Reference 1">[1]</a></sup></p>""")]
    [InlineData("Email [@ home](mailto:a@b.c)", """<p>Email <a href="mailto:a@b.c">@ home</a></p>""")]
    public void Renders(string markdown, string html) => Assert.Equal(html, MarkdownSpec.Render(markdown));

    [Fact]
    public void A_fact_value_shows_the_value_and_its_citation() =>
        Assert.Equal(
            """<p>About <span class="fact" data-fact="google-weekly" data-as-of="2020">2 billion</span><sup class="cite"><a href="../../facts/#google-weekly" aria-label="Reference 1">[1]</a></sup> a week.</p>""",
            MarkdownSpec.Render("About [=google-weekly] a week."));
}
