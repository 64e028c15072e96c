using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DocsSite.Tests.Browser;

/// <summary>What readers get: pages without accessibility violations (axe), that fit a phone, with JavaScript off.</summary>
public sealed class PagesInBrowserTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<string> Pages => new()
    {
        "", "overview/", "how-to-choose/", "architecture/", "performance/", "comparison/", "glossary/", "glossary/hypervisor/", "faq/", "analogies/", "sources/", "facts/",
        "search/?q=kernel",
    };

    public static TheoryData<string, string, int> PagesInEachScheme()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var path in Pages)
            foreach (var scheme in new[] { "light", "dark" })
                foreach (var width in new[] { 1280, 390 })
                    data.Add(path, scheme, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInEachScheme))]
    public async Task Has_no_accessibility_violations(string path, string scheme, int width)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = width, Height = width > 400 ? 900 : 844 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add("console: " + m.Text); };
        page.RequestFailed += (_, r) => problems.Add("failed request: " + r.Url);
        page.Response += (_, r) => { if (r.Status >= 400) problems.Add($"{r.Status}: {r.Url}"); };
        var response = await page.GotoAsync(site.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        var results = await page.RunAxe();
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.True(!violations.Any(), string.Join("\n", violations));
        Assert.Empty(problems);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.Screenshots, $"{Name(path)}-{width}-{scheme}.png"), FullPage = false });
        await context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Fits_a_phone_screen_with_javascript_off(string path)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        // Wide tables and the menu scroll inside their own boxes; the page itself must not.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.Screenshots, Name(path) + "-phone.png") });
        await context.CloseAsync();
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a phone screen");
    }

    [Fact]
    public async Task A_term_link_carries_its_short_definition_and_leads_to_the_entry()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "overview/");
        var term = page.Locator("a.term[data-term='hypervisor']").First;
        Assert.False(string.IsNullOrWhiteSpace(await term.GetAttributeAsync("title")));
        await term.ClickAsync();
        await page.WaitForURLAsync("**/glossary/hypervisor/");
        Assert.Equal("Hypervisor", await page.Locator("h1").InnerTextAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_citation_lands_on_its_ledger_entry_which_links_back_to_the_marker()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "history/");
        var cite = page.Locator("sup.cite a").First;
        var marker = await cite.GetAttributeAsync("id");
        var navigated = page.WaitForURLAsync("**/facts/#*");
        await cite.ClickAsync();
        await navigated;
        var fact = new Uri(page.Url).Fragment[1..];
        var entry = page.Locator($"li.ledger-entry[id='{fact}']");
        Assert.True(await entry.IsVisibleAsync());
        // The entry a reader lands on is outlined (:target), so it stands out among its neighbours.
        Assert.NotEqual("none", await entry.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        var back = entry.Locator($"a[href$='history/#{marker}']").First;
        var returned = page.WaitForURLAsync($"**/history/#{marker}");
        await back.ClickAsync();
        await returned;
        Assert.True(await page.Locator($"#{marker}").IsVisibleAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_facts_ledger_filters_by_text_and_by_age_with_its_script()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "facts/");
        var entries = page.Locator(".ledger-entry");
        var total = await entries.CountAsync();
        Assert.True(await page.Locator("#ledger-filter-text").IsVisibleAsync());
        await page.FillAsync("#ledger-filter-text", "firecracker");
        var shown = await page.Locator(".ledger-entry:visible").CountAsync();
        Assert.InRange(shown, 1, total - 1);
        Assert.Contains($"of {total} facts shown", await page.Locator("#ledger-filter-status").InnerTextAsync());
        Assert.All(await page.Locator(".ledger-entry:visible").AllInnerTextsAsync(),
            text => Assert.Contains("firecracker", text, StringComparison.OrdinalIgnoreCase));
        await page.FillAsync("#ledger-filter-text", "");
        Assert.Equal(total, await page.Locator(".ledger-entry:visible").CountAsync());
        await page.CloseAsync();
    }

    private static string Name(string path) => path.Length == 0 ? "home" : path.Split('?')[0].TrimEnd('/').Replace('/', '-');
}
