using DocsSite.Tests.Support;
using Microsoft.Playwright;

namespace DocsSite.Tests.Browser;

/// <summary>The Content-Security-Policy each page carries in a &lt;meta&gt;: it blocks nothing the site needs, and it does block inline script.</summary>
public sealed class PolicyInBrowserTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    /// <summary>The main pages, and the not-found page, whose &lt;base href&gt; the policy must allow (base-uri 'self').</summary>
    public static TheoryData<string> Pages => new(PagesInBrowserTests.Pages.Cast<object[]>().Select(row => (string)row[0]).Append("404.html"));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_policy_blocks_nothing_on_the_main_pages(string path)
    {
        var (page, messages) = await OpenAsync(site.BaseUrl + path);
        // The stylesheet loaded: the skip link is moved off screen by site.css alone.
        var left = await page.EvaluateAsync<double>("() => document.querySelector('.skip-link').getBoundingClientRect().left");
        await page.CloseAsync();
        Assert.True(messages.Count == 0, string.Join("\n", messages));
        Assert.True(left < -100, $"site.css did not apply on {path}: the skip link is at {left}px");
    }

    [Fact]
    public async Task The_meta_policy_blocks_an_inline_script_and_style_in_any_host()
    {
        // The theme is trusted and not checked, so it can carry what content never may.
        using var test = TestSite.Create("-- index.md --\n# Home\n\nText.\n");
        var theme = test.ThemeWith(("layouts/article.hbs",
            "{{{content}}}<script>document.title = 'script ran';</script><p id=\"styled\" style=\"color: rgb(255, 0, 0)\">x</p>"),
            ("layouts/home.hbs", "{{{content}}}<script>document.title = 'script ran';</script><p id=\"styled\" style=\"color: rgb(255, 0, 0)\">x</p>"));
        DiagnosticAssert.Clean(test.Build(theme: theme));
        await using var server = await SiteServer.StartAsync(test.Output);
        var (page, messages) = await OpenAsync(server.BaseUrl);
        var title = await page.TitleAsync();
        var color = await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('styled')).color");
        await page.CloseAsync();
        Assert.NotEqual("script ran", title);
        Assert.NotEqual("rgb(255, 0, 0)", color);
        Assert.Contains(messages, m => m.Contains("script-src", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("style-src", StringComparison.Ordinal));
    }

    /// <summary>Opens a page and collects what the browser reports about the policy: console messages and failed requests.</summary>
    private async Task<(IPage Page, List<string> Messages)> OpenAsync(string url)
    {
        var page = await site.Browser.NewPageAsync();
        var messages = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (messages) messages.Add(m.Text);
        };
        page.RequestFailed += (_, r) => { lock (messages) messages.Add($"request failed: {r.Url} ({r.Failure})"); };
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response!.Status);
        return (page, messages);
    }
}
