using DocsSite.Serve;
using DocsSite.Tests.Support;
using Microsoft.Playwright;

namespace DocsSite.Tests.Browser;

/// <summary><c>serve</c> in Chromium, under the strict policy the theme's pages carry (a CSP meta): the overlay appears on an error and goes with the fix.</summary>
public sealed class ServeInBrowserTests(BuiltSiteFixture browser) : IClassFixture<BuiltSiteFixture>
{
    [Fact]
    public async Task A_broken_link_shows_the_overlay_and_fixing_it_reloads_the_page_without_a_policy_violation()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\nFirst text.\n");
        Assert.Contains("http-equiv=\"Content-Security-Policy\"", File.ReadAllText(Path.Combine(Repo.Theme, "layouts/base.hbs")));
        await using var server = await PreviewServer.StartAsync(
            new ServeOptions(site.Input, Repo.Theme, Path.Combine(site.Root, "preview"), 0, false, TimeSpan.FromMilliseconds(100)), TextWriter.Null);
        var page = await browser.Browser.NewPageAsync();
        await page.AddInitScriptAsync("window.violations = []; document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        await page.GotoAsync(server.Url);
        await WaitForAsync(() => server.Events.ClientCount == 1);

        File.WriteAllText(Path.Combine(site.Input, "index.md"), "# Home\n\nSee [nothing](missing.md).\n");
        var overlay = page.Locator("#docssite-overlay");
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var text = await overlay.InnerTextAsync();
        Assert.Contains("Build failed: 1 error", text);
        Assert.Contains("index.md(3,15) DS2101: Broken link `missing.md`", text);

        File.WriteAllText(Path.Combine(site.Input, "index.md"), "# Home\n\nFixed text.\n");
        await page.GetByText("Fixed text.").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Equal(0, await overlay.CountAsync());
        Assert.Empty(await page.EvaluateAsync<string[]>("window.violations"));
        await page.CloseAsync();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(100);
        Assert.True(condition(), "Timed out.");
    }
}
