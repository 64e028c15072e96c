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

    [Theory]
    [InlineData("/a b/ü/", "/a b/c#/", "../c%23/")]
    [InlineData("/x/", "/100%/", "../100%25/")]
    [InlineData("/a//b/", "/a/b/c/", "c/")]
    public void Relative_links_are_encoded_once_and_skip_empty_segments(string from, string to, string expected) =>
        Assert.Equal(expected, SiteUrls.Relative(from, to));

    /// <summary>Every link of every page goes through these; their quick paths must agree with the plain ones they skip.</summary>
    [Fact]
    public void Quick_paths_agree_with_splitting_on_random_paths()
    {
        var random = new Random(11);
        string[] segments = ["a", "b", "c", "", ".", "..", "x.md", "c#", "100%", "ü", "a b", "index.html", "~_-."];
        string Path(int max, bool leading, bool trailing)
        {
            var parts = Enumerable.Range(0, random.Next(0, max)).Select(_ => segments[random.Next(segments.Length)]);
            return (leading ? "/" : "") + string.Join('/', parts) + (trailing && random.Next(2) == 0 ? "/" : "");
        }
        for (var n = 0; n < 20000; n++)
        {
            var from = Path(5, leading: true, trailing: true);
            var to = Path(5, leading: random.Next(8) > 0, trailing: true);
            Assert.Equal(Reference.Relative(from, to), SiteUrls.Relative(from, to));
            var relative = Path(4, leading: random.Next(8) == 0, trailing: true);
            Assert.Equal(Reference.Combine(from, relative), SiteUrls.Combine(from, relative));
            Assert.Equal(Reference.Encode(to), DocsSite.Outputs.SitePath.Encode(to));
        }
    }

    /// <summary>The functions as they were, splitting every path, before their quick paths.</summary>
    private static class Reference
    {
        public static string Encode(string decodedPath) => string.Join('/', decodedPath.Split('/').Select(Uri.EscapeDataString));

        public static string Relative(string fromUrl, string toUrl)
        {
            var fromFolder = fromUrl[..(fromUrl.LastIndexOf('/') + 1)];
            var from = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var to = toUrl.Split('/');
            var common = 0;
            while (common < from.Length && common < to.Length - 2 && to[common + 1] == from[common]) common++;
            var result = string.Concat(Enumerable.Repeat("../", from.Length - common)) + Encode(string.Join('/', to.Skip(common + 1)));
            return result.Length == 0 ? "./" : result.StartsWith('#') ? "./" + result : result;
        }

        public static string? Combine(string folder, string relative)
        {
            var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
            foreach (var segment in relative.Split('/'))
            {
                if (segment is "." or "") continue;
                if (segment == "..")
                {
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                }
                parts.Add(segment);
            }
            var trailing = relative.EndsWith('/') || relative.EndsWith("/.", StringComparison.Ordinal) || relative is "." or "..";
            return "/" + string.Join('/', parts) + (trailing && parts.Count > 0 ? "/" : "");
        }
    }
}
