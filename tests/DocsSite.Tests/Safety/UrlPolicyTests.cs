using DocsSite.Safety;

namespace DocsSite.Tests.Safety;

/// <summary>The scheme of a URL is judged as a browser would find it, and stricter.</summary>
public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org/", "Link")]
    [InlineData("HTTP://example.org/", "Link")]
    [InlineData("mailto:a@example.org", "Link")]
    [InlineData("tel:+15550100", "Link")]
    [InlineData("../guide/", "Link")]
    [InlineData("#section", "Link")]
    [InlineData("//example.org/x", "Link")]
    [InlineData("a/b:c", "Link")]
    [InlineData("pic.png", "Image")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", "Image")]
    [InlineData("DATA:Image/WebP;base64,AA==", "Image")]
    [InlineData("clip.mp4", "Media")]
    public void Allows(string url, string use) => Assert.Null(UrlPolicy.Problem(url, Enum.Parse<UrlUse>(use)));

    [Theory]
    [InlineData("javascript:alert(1)", "Link", "javascript")]
    [InlineData(" JaVaScRiPt:alert(1)", "Link", "javascript")]
    [InlineData("jav\tascript:alert(1)", "Link", "javascript")]
    [InlineData("java\nscript:alert(1)", "Link", "javascript")]
    [InlineData("\u0001javascript:alert(1)", "Link", "javascript")]
    [InlineData("vbscript:msgbox(1)", "Link", "vbscript")]
    [InlineData("data:text/html,hi", "Link", "data")]
    [InlineData("data:image/png;base64,AA==", "Link", "data")]
    [InlineData("file:///etc/passwd", "Link", "file")]
    [InlineData("data:image/svg+xml,<svg/>", "Image", "data:")]
    [InlineData("javascript:alert(1)", "Image", "javascript")]
    public void Refuses(string url, string use, string named) =>
        Assert.Contains(named, UrlPolicy.Problem(url, Enum.Parse<UrlUse>(use)));

    [Theory]
    [InlineData("https://example.org/a.png", "Image", true)]
    [InlineData("//example.org/a.png", "Image", true)]
    [InlineData("https://example.org/a.mp4", "Media", true)]
    [InlineData("a.png", "Image", false)]
    [InlineData("data:image/gif;base64,AA==", "Image", false)]
    [InlineData("https://example.org/", "Link", false)]
    public void Images_and_media_from_other_hosts_are_blocked_by_the_policy(string url, string use, bool blocked) =>
        Assert.Equal(blocked, UrlPolicy.Blocked(url, Enum.Parse<UrlUse>(use)) is not null);

    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)//https://example.org", false)]
    [InlineData(" https://example.org/", false)]
    [InlineData("example.org", false)]
    [InlineData("/docs/", false)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("https://", false)]
    public void Settings_need_an_absolute_web_address(string url, bool ok) => Assert.Equal(ok, UrlPolicy.IsWebUrl(url));

    [Fact]
    public void Messages_show_control_characters_as_escapes() =>
        Assert.Equal("jav\\tascript:\\u0001x", UrlPolicy.Printable("jav\tascript:\u0001x"));
}
