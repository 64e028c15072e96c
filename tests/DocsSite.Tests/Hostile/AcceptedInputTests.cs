using System.Text;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Hostile;

/// <summary>What the input rules must still let through: they refuse files outside the tree and broken text, nothing more.</summary>
public sealed class AcceptedInputTests
{
    [Fact]
    public void A_byte_order_mark_is_accepted_and_dropped()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        File.WriteAllBytes(Path.Combine(site.Input, "about.md"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: Über\n---\nText.\n")]);
        site.Write("-- index.md --\n# Home\n\n[About](about.md)\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<title>Über", site.Html("about/index.html"));
    }

    [Fact]
    public void CRLF_and_multi_byte_text_are_accepted()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        File.WriteAllText(Path.Combine(site.Input, "index.md"), "# Home\r\n\r\nNaïve café, 日本語 ✓\r\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("Naïve café, 日本語 ✓", site.Html("index.html"));
    }

    [Fact]
    public void Links_that_stay_inside_the_input_are_followed()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n[Guide](guide/start.md) [Latest](latest/start.md) ![logo](logo.png)\n-- guide/start.md --\n# Start\n-- shared/logo.png --\npng\n");
        File.CreateSymbolicLink(Path.Combine(site.Input, "logo.png"), "shared/logo.png");
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "latest"), "guide");
        DiagnosticAssert.Clean(site.Build());
        Assert.Equal("png\n", File.ReadAllText(Path.Combine(site.Output, "logo.png")));
        Assert.Contains("Start", site.Html("latest/start/index.html"));
    }

    [Fact]
    public void A_file_just_under_the_limit_is_read()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n[Data](data.bin)\n");
        Hostile.WriteSparse(Path.Combine(site.Input, "data.bin"), 32L << 20);
        DiagnosticAssert.Clean(site.Build());
        Assert.Equal(32L << 20, new FileInfo(Path.Combine(site.Output, "data.bin")).Length);
    }
}
