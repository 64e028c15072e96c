using DocsSite.Links;

namespace DocsSite.Tests.Links;

public sealed class SrcSetTests
{
    [Theory]
    [InlineData("a.png 1x, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData("a.png,b.png 2x", new[] { "a.png,b.png" })] // no space after the comma: one URL, as the standard says
    [InlineData("img/a,b.png 480w, c.png 800w", new[] { "img/a,b.png", "c.png" })]
    [InlineData("  a.png  ", new[] { "a.png" })]
    [InlineData("a.png, b.png", new[] { "a.png", "b.png" })]
    public void Splits_urls_as_browsers_do(string srcset, string[] urls) => Assert.Equal(urls, SrcSet.Urls(srcset));
}
