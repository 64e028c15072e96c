using Microsoft.Playwright;

namespace DocsSite.Tests.Browser;

/// <summary>The pictures drawn from data, as readers see them: legible on a phone and a desktop, in both schemes, with working links.</summary>
public sealed class PicturesInBrowserTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<string, string, int> Pictures()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var path in new[] { "architecture/", "performance/", "how-to-choose/" })
            foreach (var scheme in new[] { "light", "dark" })
                foreach (var width in new[] { 1280, 390 })
                    data.Add(path, scheme, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task A_picture_fits_the_screen_with_legible_text_in_the_themes_colours(string path, string scheme, int width)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = width, Height = width > 400 ? 900 : 844 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        var figure = page.Locator("figure.pic").First;
        var svg = figure.Locator("svg");
        Assert.Equal(1, await svg.Locator("g[role=img][aria-labelledby]").CountAsync());
        var box = (await svg.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the picture spans {box.X} to {box.X + box.Width} on a {width}px screen");
        // The smallest text (11 units of a 360-unit viewBox) must stay legible once the picture is scaled.
        var smallest = await svg.EvaluateAsync<double>("s => Math.min(...[...s.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize))) * s.getBoundingClientRect().width / s.viewBox.baseVal.width");
        Assert.True(smallest >= 10.5, $"the smallest text is {smallest:0.0}px");
        // Text outside links takes the page's text colour, so it reads on the page's background in either scheme.
        var colours = await page.EvaluateAsync<string[]>("() => [getComputedStyle(document.querySelector('figure.pic svg > g > text:not(.t):not(.k)')).fill, getComputedStyle(document.body).color]");
        Assert.Equal(colours[1], colours[0]);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the screen");
        await figure.ScrollIntoViewIfNeededAsync();
        await figure.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(site.Screenshots, $"picture-{path.TrimEnd('/')}-{width}-{scheme}.png") });
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_charts_text_alternative_opens_within_a_phone_screen()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "performance/");
        var figure = page.Locator("figure.pic-chart");
        await figure.Locator("summary").ClickAsync();
        Assert.True(await figure.Locator("table a[href^='../facts/#']").CountAsync() >= 6);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the open table makes the page {overflow}px wider than the screen");
        await figure.Locator("details").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(site.Screenshots, "picture-performance-390-words.png") });
        await context.CloseAsync();
    }

    [Fact]
    public async Task In_print_a_picture_is_black_on_white_even_in_dark_mode()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "architecture/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var colours = await page.EvaluateAsync<string[]>("() => ['.b', 'text', '.sh'].map(s => { const e = document.querySelector('figure.pic svg ' + s), c = getComputedStyle(e); return s === 'text' ? c.fill : c.fill + ' ' + c.stroke; })");
        Assert.Equal(["rgb(255, 255, 255) rgb(0, 0, 0)", "rgb(0, 0, 0)", "rgb(255, 255, 255) rgb(0, 0, 0)"], colours);
        // The caption and the text alternative (which print unfolded) are black as well.
        Assert.Equal(["rgb(0, 0, 0)", "rgb(0, 0, 0)"], await page.EvaluateAsync<string[]>("() => ['figcaption', 'details > ul'].map(s => getComputedStyle(document.querySelector('figure.pic ' + s)).color)"));
        await page.Locator("figure.pic").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(site.Screenshots, "picture-architecture-print.png") });
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_charts_marks_carry_the_facts_values_and_lead_to_their_ledger_entries()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "performance/");
        var marks = page.Locator("figure.pic-chart svg a");
        Assert.True(await marks.CountAsync() >= 6);
        var hrefs = await marks.EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        var labels = await marks.EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('aria-label'))");
        Assert.All(hrefs, h => Assert.StartsWith("../facts/#", h));
        // Each label starts with the value the ledger gives for that fact, and names a source and a year.
        var ledger = await site.Browser.NewPageAsync();
        await ledger.GotoAsync(site.BaseUrl + "facts/");
        for (var i = 0; i < hrefs.Length; i++)
        {
            var id = hrefs[i]["../facts/#".Length..];
            var value = await ledger.Locator($"[id='{id}'] .fact-value").InnerTextAsync();
            Assert.StartsWith(value + " — ", labels[i]);
            Assert.Matches(@", (\d{4}|undated)$", labels[i]);
        }
        await marks.First.ClickAsync();
        await page.WaitForURLAsync("**/facts/#" + hrefs[0]["../facts/#".Length..]);
        Assert.True(await page.Locator($"[id='{hrefs[0]["../facts/#".Length..]}']").IsVisibleAsync());
        await ledger.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_flowcharts_outcomes_and_the_stacks_layers_are_links_that_work_by_keyboard()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "how-to-choose/");
        var outcome = page.Locator("figure.pic-flow svg a").First;
        await outcome.FocusAsync();
        Assert.Equal("A virtual machine", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        await page.Locator("figure.pic-flow").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(site.Screenshots, "picture-how-to-choose-focus.png") });
        var navigated = page.WaitForURLAsync("**/virtual-machines/");
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        await page.GotoAsync(site.BaseUrl + "architecture/");
        var words = page.Locator("figure.pic-stack details");
        await words.Locator("summary").ClickAsync();
        Assert.Contains("Hypervisor", await words.InnerTextAsync());
        Assert.True(await page.Locator("figure.pic-stack svg a[href='../glossary/hypervisor/']").CountAsync() == 1);
        await page.CloseAsync();
    }
}
