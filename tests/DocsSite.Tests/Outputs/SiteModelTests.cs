using DocsSite.Tests.Support;

namespace DocsSite.Tests.Outputs;

/// <summary>The one model of the site: every output a document with a destination, collisions named, names encoded once.</summary>
public sealed class SiteModelTests
{
    private const string Faq = """
        -- index.md --
        # Home

        See the [FAQ](faq/).
        -- _data/sources.yml --
        - id: src
          title: The source
        -- _data/facts.yml --
        - id: fact-a
          claim: Hypervisors run virtual machines.
          source: src
          locator: paragraph one
        -- _data/faq.yml --
        - id: what
          question: What is a hypervisor?
          answer: Software that runs VMs [@fact-a].
        """;

    [Fact]
    public void A_static_file_beside_the_page_of_one_destination_is_an_error_naming_both()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n-- index.html --\n<p>hand-written</p>\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2103", "index.html", 0, 0);
        Assert.Equal("The file `index.html` would be written to `index.html`, as `index.md` is.", d.Message);
        Assert.False(site.Exists("index.html"));
    }

    [Fact]
    public void A_static_file_where_a_generated_page_goes_is_an_error()
    {
        using var site = TestSite.Create(Faq + "\n-- faq/index.html --\n<p>mine</p>\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2103", "faq/index.html", 0, 0);
        Assert.Equal("The file `faq/index.html` would be written to `faq/index.html`, as the generated page `FAQ` is.", d.Message);
    }

    [Fact]
    public void An_input_file_named_like_a_theme_asset_is_an_error_not_a_silent_loss()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n-- assets/site.css --\nbody { color: red }\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2103", "assets/site.css", 0, 0);
        Assert.Equal("The file `assets/site.css` would be written to `assets/site.css`, as the theme's asset of that name is; rename it, or change the theme.", d.Message);
    }

    [Fact]
    public void A_file_and_a_page_folder_of_one_name_are_named_instead_of_failing_with_access_denied()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\n[Licence](LICENSE.md)\n-- LICENSE.md --\n# Licence\n-- LICENSE --\nMIT\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2103", "LICENSE", 0, 0);
        Assert.Equal("The file `LICENSE` would be written to `LICENSE`, but `LICENSE.md` needs a folder of that name (`LICENSE/index.html`).", d.Message);
    }

    [Fact]
    public void Names_that_differ_only_by_letter_case_collide()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n-- img/Logo.png --\nA\n-- img/logo.png --\nB\n");
        var d = DiagnosticAssert.Single(site.Build(), "DS2106", "img/logo.png", 0, 0);
        Assert.Contains("the file `img/Logo.png` to `img/Logo.png`", d.Message);
    }

    [Theory]
    [InlineData("c#.md", "c%23/", "c#/index.html")]
    [InlineData("what?.md", "what%3F/", "what?/index.html")]
    [InlineData("100%.md", "100%25/", "100%/index.html")]
    [InlineData("two words.md", "two%20words/", "two words/index.html")]
    [InlineData("überblick.md", "%C3%BCberblick/", "überblick/index.html")]
    public void Pages_with_any_name_build_and_link_correctly(string file, string href, string output)
    {
        var link = Uri.EscapeDataString(file);
        using var site = TestSite.Create($"-- index.md --\n# Home\n\nRead [it]({link}).\n-- {file} --\n# Odd name\n\nBack [home](index.md).\n");
        DiagnosticAssert.Clean(site.Build(strict: true));
        Assert.True(site.Exists(output), $"{output} was not written");
        Assert.Contains($"href=\"{href}\"", site.Html("index.html"));
    }

    [Fact]
    public void An_anchor_link_in_data_markdown_is_checked_against_the_page_that_shows_it()
    {
        using var site = TestSite.Create(Faq.Replace("answer: Software that runs VMs [@fact-a].",
            "answer: Software that runs VMs [@fact-a]; see [below](#nowhere)."));
        var d = DiagnosticAssert.Single(site.Build(), "DS2102", "_data/faq.yml", 3, 57);
        Assert.Equal("Broken link `#nowhere`: `/faq/`, where this text is shown, has no heading or element with the id `nowhere`.", d.Message);
    }

    [Fact]
    public void A_page_linked_only_from_raw_html_is_not_an_orphan()
    {
        using var site = TestSite.Create("-- site.yml --\ntitle: T\nnav: [index.md]\n-- index.md --\n# Home\n\n<p><a href=\"guide/found/\">found</a></p>\n-- guide/found.md --\n# Found\n");
        DiagnosticAssert.Clean(site.Build(strict: true));
    }

    [Fact]
    public void A_broken_raw_html_link_is_located_at_its_own_occurrence_not_at_earlier_text()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n\nThe folder missing/ is named in prose first.\n\n<p><a href=\"missing/\">x</a></p>\n");
        DiagnosticAssert.Single(site.Build(), "DS2101", "index.md", 5, 13);
    }

    [Fact]
    public void An_embed_repeating_an_id_is_located_at_the_unknown_one()
    {
        using var site = TestSite.Create(Faq + "\n-- page.md --\n# Page\n\n::faq{ids=\"what what-else\"}\n");
        DiagnosticAssert.Single(site.Build(), "DS2006", "page.md", 3, 17);
    }

    [Fact]
    public void A_term_in_a_folded_scalar_is_located_on_its_own_line()
    {
        using var site = TestSite.Create(Faq.Replace("  answer: Software that runs VMs [@fact-a].",
            "  answer: >\n    Software that runs\n    VMs [@fact-a], a [[nothing]]."));
        DiagnosticAssert.Single(site.Build(), "DS2001", "_data/faq.yml", 5, 22);
    }

    [Fact]
    public void The_build_writes_a_404_page_robots_txt_nojekyll_and_with_a_base_url_a_sitemap()
    {
        using var site = TestSite.Create("-- site.yml --\ntitle: T\nbase_url: https://example.org/docs/\n-- index.md --\n# Home\n-- c#.md --\n# Sharp\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<base href=\"/docs/\">", site.Html("404.html"));
        Assert.Contains("href=\"c%23/\"", site.Html("404.html"));
        Assert.Equal("", site.Html(".nojekyll"));
        Assert.Contains("Sitemap: https://example.org/docs/sitemap.xml", site.Html("robots.txt"));
        var sitemap = site.Html("sitemap.xml");
        Assert.Contains("<loc>https://example.org/docs/c%23/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/docs/</loc>", sitemap);
        Assert.DoesNotContain("404", sitemap);
    }

    [Fact]
    public void Without_a_base_url_there_is_no_sitemap_and_a_hand_written_robots_txt_wins()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n-- robots.txt --\nUser-agent: *\nDisallow: /private/\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.False(site.Exists("sitemap.xml"));
        Assert.Contains("Disallow: /private/", site.Html("robots.txt"));
    }

    [Fact]
    public void A_warning_can_be_silenced_or_raised_per_code_but_an_error_cannot_be_lowered()
    {
        const string Pages = "-- index.md --\n# Home\n-- guide/lost.md --\n# Lost\n";
        using (var silenced = TestSite.Create("-- site.yml --\ntitle: T\ndiagnostics:\n  DS2201: none\n" + Pages))
            DiagnosticAssert.Clean(silenced.Build(strict: true));
        using (var raised = TestSite.Create("-- site.yml --\ntitle: T\ndiagnostics:\n  DS2201: error\n" + Pages))
            Assert.True(raised.Build().Diagnostics.HasErrors);
        using var lowered = TestSite.Create("-- site.yml --\ntitle: T\ndiagnostics:\n  DS2101: none\n" + Pages);
        var d = DiagnosticAssert.Single(lowered.Build(), "DS1004", "site.yml", 3, 11);
        Assert.Equal("`DS2101` must be left an error: only warnings can be silenced or lowered.", d.Message);
    }

    [Fact]
    public void Without_a_nav_the_menu_is_bounded_so_the_output_grows_linearly_with_the_pages()
    {
        var files = string.Concat(Enumerable.Range(0, 120).Select(i => $"-- page{i:000}.md --\n# Page {i:000}\n"));
        using var site = TestSite.Create("-- index.md --\n# Home\n" + files);
        var result = site.Build();
        Assert.False(result.Diagnostics.HasErrors);
        // The pages the menu leaves out are orphans unless something links to them: the reader is told.
        Assert.Equal(120 - DocsSite.Rendering.SiteIndex.MaxAutoNavigation, result.Diagnostics.Sorted().Count(d => d.Code == "DS2201"));
        var menu = site.Html("page007/index.html").Split("<nav class=\"site-nav\"")[1].Split("</nav>")[0];
        Assert.Equal(DocsSite.Rendering.SiteIndex.MaxAutoNavigation, menu.Split("<li>").Length - 1);
    }

    [Fact]
    public void Theme_assets_carry_a_content_hash_and_a_stylesheet_names_the_hashed_asset()
    {
        using var site = TestSite.Create("-- index.md --\n# Home\n");
        var theme = site.ThemeWith(("assets/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            ("assets/site.css", "body { background: url(icon.svg); }\n"));
        DiagnosticAssert.Clean(site.Build(theme: theme));
        var icon = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "icon.*.svg")));
        var css = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css"));
        Assert.Matches(@"^icon\.[0-9a-f]{10}\.svg$", icon);
        Assert.Contains($"url(\"{icon}\")", File.ReadAllText(css));
    }
}
