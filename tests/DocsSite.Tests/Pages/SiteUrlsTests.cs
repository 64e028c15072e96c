using DocsSite.Pages;

namespace DocsSite.Tests.Pages;

public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("guide/choosing.md", "/guide/choosing/")]
    [InlineData("guide/index.md", "/guide/")]
    [InlineData("index.md", "/")]
    [InlineData("guide/README.md", "/guide/")]
    public void Urls_mirror_source_paths(string source, string url) => Assert.Equal(url, SiteUrls.UrlOf(source, readmeIsIndex: true));

    [Fact]
    public void A_readme_beside_an_index_is_a_page_of_its_own() =>
        Assert.Equal("/guide/README/", SiteUrls.UrlOf("guide/README.md", readmeIsIndex: false));

    [Theory]
    [InlineData("/a/b/", "/c/", "../../c/")]
    [InlineData("/", "/c/", "c/")]
    [InlineData("/a/", "/", "../")]
    [InlineData("/a/b/", "/a/b/", "./")]
    [InlineData("/a/b/", "/a/img.png", "../img.png")]
    [InlineData("/a/b/", "/a/b", "../b")]
    [InlineData("/a/", "/a/x/", "x/")]
    public void Links_are_relative_to_the_page(string from, string to, string expected) =>
        Assert.Equal(expected, SiteUrls.Relative(from, to));

    [Theory]
    [InlineData("/guide/", "../a.md", "/a.md")]
    [InlineData("/guide/", "./b/", "/guide/b/")]
    [InlineData("/", "../a.md", null)]
    public void Relative_paths_resolve_against_a_folder(string folder, string relative, string? expected) =>
        Assert.Equal(expected, SiteUrls.Combine(folder, relative));
}
