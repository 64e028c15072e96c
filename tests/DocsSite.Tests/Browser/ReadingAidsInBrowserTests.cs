using Microsoft.Playwright;

namespace DocsSite.Tests.Browser;

/// <summary>Search, the theme toggle, the phone menu and the contents, used with the keyboard alone.</summary>
public sealed class ReadingAidsInBrowserTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string path, int width, bool javaScript = true)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = width, Height = width > 400 ? 900 : 844 },
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        return (context, page);
    }

    [Fact]
    public async Task Search_finds_a_term_by_its_alias_and_opens_a_result_with_the_keyboard()
    {
        var (context, page) = await OpenAsync("overview/", 1280);
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("control groups");
        var first = page.Locator("#search-results[data-query='control groups'] a").First;
        await first.WaitForAsync();
        Assert.Contains("<mark>", await page.Locator("#search-results").InnerHTMLAsync());
        Assert.EndsWith("found", await page.Locator("#search-results [role=status]").InnerTextAsync());
        Assert.Equal("cgroups", await first.InnerTextAsync());
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await first.GetAttributeAsync("href"), await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        // Waiting starts before the key is pressed, so a navigation that finishes quickly is not missed.
        var navigated = page.WaitForURLAsync("**/glossary/cgroups/");
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        await context.CloseAsync();
    }

    [Fact]
    public async Task Search_groups_results_by_page_with_a_snippet_for_each_section()
    {
        var (context, page) = await OpenAsync("", 1280);
        await page.FocusAsync("#search-q");
        await page.Keyboard.TypeAsync("live migration");
        await page.Locator("#search-results[data-query='live migration'] section").First.WaitForAsync();
        var groups = await page.Locator("#search-results section").CountAsync();
        var titles = await page.Locator("#search-results .search-page").AllInnerTextsAsync();
        Assert.True(groups > 1, $"{groups} result groups");
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.True(await page.Locator("#search-results section li mark").CountAsync() > 0);
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator("#search-results").IsHiddenAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task Enter_opens_the_search_page_even_before_the_search_script_has_loaded()
    {
        var (context, page) = await OpenAsync("overview/", 1280);
        // A slow network: search.js never arrives, as when Enter comes before it does.
        await page.RouteAsync("**/assets/search.*.js", route => route.AbortAsync());
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("kernel");
        var opened = page.WaitForURLAsync("**/search/?q=kernel");
        await page.Keyboard.PressAsync("Enter");
        await opened;
        Assert.EndsWith("/search/?q=kernel", page.Url);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Enter_in_the_header_opens_the_search_page_whose_results_and_new_searches_work_by_keyboard()
    {
        var (context, page) = await OpenAsync("overview/", 1280);
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("kernel");
        var opened = page.WaitForURLAsync("**/search/?q=kernel");
        await page.Keyboard.PressAsync("Enter");
        await opened;
        await page.Locator(".search-hit").First.WaitForAsync();
        Assert.Equal("kernel", await page.InputValueAsync("#search-view-q"));
        Assert.Matches("^(The 25 best of )?[0-9]+ pages found for “kernel”\\.$", await page.Locator(".search-view-status").InnerTextAsync());
        Assert.True(await page.Locator(".search-hit").CountAsync() > 8, "more results than the header's list shows");
        var titles = await page.Locator(".search-hit h2").AllInnerTextsAsync();
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.True(await page.Locator(".search-hit li mark").CountAsync() > 0);

        // A new search from the page's own box, by keyboard, keeps the address in step.
        await page.FocusAsync("#search-view-q");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("live migration");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".search-view-status", new() { HasTextString = "“live migration”" }).WaitForAsync();
        Assert.EndsWith("search/?q=live%20migration", page.Url);
        Assert.StartsWith("“live migration” · ", await page.TitleAsync());

        // Tab leaves the box for the button, then the first result, and Enter follows it.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var first = await page.Locator(".search-hit h2 a").First.GetAttributeAsync("href");
        Assert.Equal(first, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        var followed = page.WaitForURLAsync(url => !url.Contains("/search/", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await followed;
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_search_page_offers_the_sections_to_browse()
    {
        var (context, page) = await OpenAsync("search/?q=kernel", 390, javaScript: false);
        Assert.False(await page.Locator(".search-view").IsVisibleAsync());
        var browse = page.Locator(".search-nojs");
        Assert.Contains("needs JavaScript", await browse.InnerTextAsync());
        var links = await browse.Locator("a").AllInnerTextsAsync();
        Assert.Contains("Glossary", links);
        Assert.Contains("FAQ", links);
        await browse.Locator("a", new() { HasTextString = "FAQ" }).ClickAsync();
        await page.WaitForURLAsync("**/faq/");
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_theme_toggle_works_by_keyboard_and_is_remembered()
    {
        var (context, page) = await OpenAsync("faq/", 1280);
        await page.FocusAsync(".theme-toggle");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal("true", await page.GetAttributeAsync(".theme-toggle", "aria-pressed"));
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(20, 24, 30)", background);
        await page.GotoAsync(site.BaseUrl + "glossary/");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        await page.Keyboard.PressAsync("Tab");
        await page.FocusAsync(".theme-toggle");
        await page.Keyboard.PressAsync(" ");
        Assert.Equal("light", await page.GetAttributeAsync("html", "data-theme"));
        await context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_phone_the_menu_opens_from_the_keyboard_and_shows_the_current_page(bool javaScript)
    {
        var (context, page) = await OpenAsync("security/", 390, javaScript);
        var current = page.Locator(".site-nav a[aria-current=page]");
        Assert.False(await current.IsVisibleAsync());
        await page.FocusAsync(".menu > summary");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await current.IsVisibleAsync());
        Assert.Equal("Security and isolation", await current.InnerTextAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Overview", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_menu_and_the_contents_are_open_beside_the_text()
    {
        var (context, page) = await OpenAsync("how-to-choose/", 1280);
        Assert.True(await page.Locator(".site-nav a[aria-current=page]").IsVisibleAsync());
        Assert.False(await page.Locator(".menu > summary").IsVisibleAsync());
        var toc = await page.Locator(".toc").BoundingBoxAsync();
        var text = await page.Locator(".content").BoundingBoxAsync();
        Assert.True(toc!.X > text!.X + text.Width, "the contents sit right of the text");
        await page.Locator(".toc a").Nth(1).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#when-a-virtual-machine-is-the-better-fit", page.Url);
        await page.EvaluateAsync("() => window.scrollTo(0, 4000)");
        var stuck = await page.Locator(".toc").BoundingBoxAsync();
        Assert.InRange(stuck!.Y, 0, 40);
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_contents_open_above_the_text_and_lead_to_a_heading()
    {
        var (context, page) = await OpenAsync("how-to-choose/", 390);
        var link = page.Locator(".toc a").First;
        Assert.False(await link.IsVisibleAsync());
        await page.FocusAsync(".toc > summary");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#start-with-these-questions", page.Url);
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_comparison_header_stays_in_view_and_rows_are_cards_on_a_phone()
    {
        var (context, page) = await OpenAsync("comparison/", 1280);
        await page.EvaluateAsync("() => window.scrollTo(0, 3000)");
        var header = await page.Locator("table.comparison thead th").First.BoundingBoxAsync();
        Assert.InRange(header!.Y, -1, 1);
        await context.CloseAsync();

        (context, page) = await OpenAsync("comparison/", 390);
        var cell = page.Locator("table.comparison td[data-label]").First;
        var box = await cell.BoundingBoxAsync();
        Assert.True(box!.Width > 300, $"a cell is {box.Width}px wide on a phone");
        Assert.Equal("block", await cell.EvaluateAsync<string>("c => getComputedStyle(c).display"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_link_into_a_collapsed_reference_list_opens_it_and_the_reference_leads_back_to_its_marker()
    {
        var (context, page) = await OpenAsync("comparison/", 1280);
        Assert.False(await page.Locator("section.references details").EvaluateAsync<bool>("d => d.open"));
        // The reference list is reached by a link (from the contents, or the ledger's link to a place in it), not by markers.
        await page.GotoAsync(site.BaseUrl + "comparison/#ref-4");
        var reference = page.Locator("#ref-4");
        Assert.True(await reference.IsVisibleAsync());
        var back = reference.Locator("a[href^='#cite-4-']").First;
        var id = (await back.GetAttributeAsync("href"))![1..];
        await back.ClickAsync();
        Assert.EndsWith("#" + id, page.Url);
        Assert.True(await page.Locator($"#{id}").IsVisibleAsync());
        await context.CloseAsync();
    }
}
