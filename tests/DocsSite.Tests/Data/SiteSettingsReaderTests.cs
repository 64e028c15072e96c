using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Data;

public sealed class SiteSettingsReaderTests
{
    [Fact]
    public void Settings_name_the_site_link_each_page_to_its_source_and_give_canonical_urls()
    {
        using var site = TestSite.Create("""
            -- site.yml --
            title: Field guide
            base_url: https://guide.example.org/
            repository: https://github.com/o/r/edit/main/input/
            -- index.md --
            # Home

            [g](guide/intro.md)
            -- guide/intro.md --
            # Intro
            """);
        DiagnosticAssert.Clean(site.Build());
        var html = site.Html("guide/intro/index.html");
        Assert.Contains("<title>Intro · Field guide</title>", html);
        Assert.Contains("""<link rel="canonical" href="https://guide.example.org/guide/intro/">""", html);
        Assert.Contains("""<a href="https://github.com/o/r/edit/main/input/guide/intro.md" rel="noopener">""", html);
    }

    [Fact]
    public void The_base_url_option_overrides_the_setting()
    {
        using var site = TestSite.Create("-- site.yml --\nbase_url: https://a.example/\n-- index.md --\n# Home\n");
        var result = BuildPipeline.Run(new BuildOptions(site.Input, Repo.Theme, site.Output, BaseUrl: "https://b.example/docs"));
        DiagnosticAssert.Clean(result);
        Assert.Contains("""<link rel="canonical" href="https://b.example/docs/">""", site.Html("index.html"));
    }

    [Fact]
    public void An_unknown_setting_is_an_error_with_a_suggestion()
    {
        using var site = TestSite.Create("-- site.yml --\ntitle: T\nbaseurl: https://a.example/\n-- index.md --\n# Home\n");
        Assert.Contains("Did you mean `base_url`?", DiagnosticAssert.Single(site.Build(), "DS1003", "site.yml", 2, 1).Message);
    }
}
