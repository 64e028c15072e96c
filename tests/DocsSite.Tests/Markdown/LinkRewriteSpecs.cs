using DocsSite.Tests.Support;

namespace DocsSite.Tests.Markdown;

/// <summary>Links are written as paths between .md files and come out relative to the built page.</summary>
public sealed class LinkRewriteSpecs
{
    [Theory]
    [InlineData("[o](../other.md)", """<p><a href="../../other/">o</a></p>""")]
    [InlineData("[o](../other.md#part)", """<p><a href="../../other/#part">o</a></p>""")]
    [InlineData("[s](#here)", """<p><a href="#here">s</a></p>""")]
    [InlineData("[g](/glossary/)", """<p><a href="../../glossary/">g</a></p>""")]
    [InlineData("![d](img/d.png)", """<p><img src="../img/d.png" alt="d" /></p>""")]
    [InlineData("[w](https://example.org/a.md)", """<p><a href="https://example.org/a.md" rel="noopener">w</a></p>""")]
    [InlineData("[m](mailto:someone@example.org)", """<p><a href="mailto:someone@example.org">m</a></p>""")]
    public void Rewrites(string markdown, string html) => Assert.Equal(html, MarkdownSpec.Render(markdown));
}
