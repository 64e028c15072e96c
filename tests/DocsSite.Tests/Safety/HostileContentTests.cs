using DocsSite.Tests.Support;

namespace DocsSite.Tests.Safety;

/// <summary>
/// Content arrives by pull request. Each hostile case must fail the build with its code at
/// the file, line and column where it is written, and publish nothing.
/// </summary>
public sealed class HostileContentTests
{
    private const string Home = "-- index.md --\n# Home\n\n[Page](page.md)\n";

    /// <summary>A page whose third line is <paramref name="body"/>.</summary>
    private static string Page(string body) => Home + "-- page.md --\n# Page\n\n" + body + "\n";

    private static string Faq(string answerLines) =>
        Home + "-- _data/faq.yml --\n- id: q\n  question: Why?\n" + answerLines + "\n";

    private sealed record Case(string Files, string Code, string File, int Line, int Column);

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        ["script block"] = new(Page("<script>alert(1)</script>"), "DS2301", "page.md", 3, 1),
        ["script inline in a paragraph"] = new(Page("Text <script>alert(1)</script> more."), "DS2301", "page.md", 3, 6),
        ["script in capitals"] = new(Page("<SCRIPT SRC=\"x.js\"></SCRIPT>"), "DS2301", "page.md", 3, 1),
        ["input"] = new(Page("<input type=\"text\">"), "DS2301", "page.md", 3, 1),
        ["onerror on an image"] = new(Page("<img alt=\"\" onerror=\"alert(1)\">"), "DS2302", "page.md", 3, 13),
        ["onclick on a later line of a block"] = new(Page("<div>\n<span\n  onclick=\"alert(1)\">x</span>\n</div>"), "DS2302", "page.md", 5, 3),
        ["handler hidden behind a block quote prefix"] = new(Page("> Text <span title=\"a\"\n> onmouseover=\"alert(1)\">x</span>"), "DS2302", "page.md", 4, 3),
        ["iframe"] = new(Page("<iframe src=\"https://example.org/\"></iframe>"), "DS2301", "page.md", 3, 1),
        ["object"] = new(Page("<object data=\"movie.swf\"></object>"), "DS2301", "page.md", 3, 1),
        ["embed"] = new(Page("Look: <embed src=\"movie.swf\">"), "DS2301", "page.md", 3, 7),
        ["style element, in a site that raises DS2306"] = new(Page("<style>body { display: none }</style>") + Curated, "DS2306", "page.md", 3, 1),
        ["style attribute, in a site that raises DS2306"] = new(Page("<p style=\"color: red\">Red</p>") + Curated, "DS2306", "page.md", 3, 4),
        ["svg with onload"] = new(Page("<svg onload=\"alert(1)\"></svg>"), "DS2301", "page.md", 3, 1),
        ["form"] = new(Page("<form action=\"https://example.org/\">Send</form>"), "DS2301", "page.md", 3, 1),
        ["base"] = new(Page("<base href=\"https://example.org/\">"), "DS2301", "page.md", 3, 1),
        ["meta refresh"] = new(Page("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/\">"), "DS2301", "page.md", 3, 1),
        ["target attribute, in a site that raises DS2306"] = new(Page("<a href=\"https://example.org/\" target=\"_blank\">x</a>") + Curated, "DS2306", "page.md", 3, 32),
        ["formaction attribute"] = new(Page("<p formaction=\"https://example.org/\">x</p>"), "DS2302", "page.md", 3, 4),
        ["javascript: in a Markdown link"] = new(Page("Click [here](javascript:alert(1))."), "DS2303", "page.md", 3, 14),
        ["javascript: behind a link reference"] = new(Page("Click [here][r].\n\n[r]: javascript:alert(1)"), "DS2303", "page.md", 5, 6),
        ["javascript: autolink"] = new(Page("See <javascript:alert(1)>."), "DS2303", "page.md", 3, 6),
        ["entity-obfuscated javascript: in a Markdown link"] = new(Page("[x](jav&#x09;ascript:alert(1))"), "DS2303", "page.md", 3, 5),
        ["entity-obfuscated javascript: in an href"] = new(Page("<a href=\"jav&#x09;ascript:alert(1)\">x</a>"), "DS2303", "page.md", 3, 4),
        ["decimal entity javascript:"] = new(Page("<a href=\"&#106;avascript:alert(1)\">x</a>"), "DS2303", "page.md", 3, 4),
        ["leading space and mixed case"] = new(Page("<a href=\" JaVaScRiPt:alert(1)\">x</a>"), "DS2303", "page.md", 3, 4),
        ["newline inside the scheme"] = new(Page("<a href=\"java\nscript:alert(1)\">x</a>"), "DS2303", "page.md", 3, 4),
        ["no-check comment does not exempt a javascript: link"] = new(Page("[x](javascript:alert(1)) <!-- no-check -->"), "DS2303", "page.md", 3, 5),
        ["data-no-check does not exempt an event handler"] = new(Page("<div data-no-check><img alt=\"\" onerror=\"alert(1)\"></div>"), "DS2302", "page.md", 3, 32),
        ["vbscript:"] = new(Page("[x](vbscript:msgbox(1))"), "DS2303", "page.md", 3, 5),
        ["data:text/html link"] = new(Page("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"), "DS2303", "page.md", 3, 5),
        ["data:text/html in an href"] = new(Page("<a href=\"data:text/html,hi\">x</a>"), "DS2303", "page.md", 3, 4),
        ["data:image/svg+xml image"] = new(Page("![x](data:image/svg+xml;base64,PHN2Zz4=)"), "DS2303", "page.md", 3, 6),
        ["javascript: inside a srcset"] = new(Page("<img alt=\"\" srcset=\"data:image/png;base64,AA== 1x, javascript:alert(1) 2x\">"), "DS2303", "page.md", 3, 13),
        ["javascript: as a video source"] = new(Page("<video controls><source src=\"javascript:alert(1)\" type=\"video/mp4\"></video>"), "DS2303", "page.md", 3, 25),
        ["named entity colon"] = new(Page("<a href=\"javascript&colon;alert(1)\">x</a>"), "DS2303", "page.md", 3, 4),
        ["named entity tab"] = new(Page("<a href=\"java&Tab;script:alert(1)\">x</a>"), "DS2303", "page.md", 3, 4),
        ["handler in a heading"] = new(Page("## Title <img alt=\"\" onerror=\"alert(1)\">"), "DS2302", "page.md", 3, 22),
        ["handler in capitals, unquoted"] = new(Page("<img alt=x ONERROR=alert(1)>"), "DS2302", "page.md", 3, 12),
        ["unfinished tag"] = new(Page("<div title=\"x\n\nMore text."), "DS2304", "page.md", 3, 1),
        ["script in an FAQ answer"] = new(Faq("  answer: Fine. <script>alert(1)</script>"), "DS2301", "_data/faq.yml", 3, 17),
        ["javascript: link in an FAQ answer"] = new(Faq("  answer: Click [here](javascript:alert(1))."), "DS2303", "_data/faq.yml", 3, 24),
        ["onerror in a block scalar FAQ answer"] = new(Faq("  answer: |\n    Fine.\n\n    <img alt=\"\" onerror=\"alert(1)\">"), "DS2302", "_data/faq.yml", 6, 17),
        ["javascript: url of a source record"] = new(Home + "-- _data/sources.yml --\n- id: s\n  title: S\n  url: javascript:alert(1)\n", "DS2303", "_data/sources.yml", 3, 8),
        ["repository: javascript: in site.yml"] = new(Home + "-- site.yml --\ntitle: T\nrepository: \"javascript:alert(1)//\"\n", "DS2303", "site.yml", 2, 13),
        ["base_url: data: in site.yml"] = new(Home + "-- site.yml --\nbase_url: data:text/html,hi\n", "DS2303", "site.yml", 1, 11),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Is_an_error_at_its_place_and_nothing_is_published(string name)
    {
        var c = Cases[name];
        using var site = TestSite.Create(c.Files);
        var result = site.Build();
        DiagnosticAssert.Single(result, c.Code, c.File, c.Line, c.Column);
        Assert.True(result.Diagnostics.HasErrors);
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.Output), "a failed build must publish nothing");
    }

    [Fact]
    public void Inline_svg_is_refused_once_as_a_whole_and_what_follows_it_is_checked_again()
    {
        using var site = TestSite.Create(Page("<svg viewBox=\"0 0 1 1\">\n<g onclick=\"x()\"><svg><script>alert(1)</script></svg></g>\n</svg>\n<p onclick=\"y()\">after</p>"));
        var result = site.Build();

        Assert.Equal(
            [("DS2301", 3, 1), ("DS2302", 6, 4)],
            result.Diagnostics.Sorted().Select(d => (d.Code, d.Line, d.Column)));
        Assert.False(result.Written);
    }

    [Fact]
    public void The_catalogue_covers_every_code_of_the_policy()
    {
        Assert.True(Cases.Count >= 15);
        Assert.Equal(["DS2301", "DS2302", "DS2303", "DS2304", "DS2306"], Cases.Values.Select(c => c.Code).Distinct().Order());
    }

    [Theory]
    [InlineData("![x](https://example.org/a.png)", 6)]
    [InlineData("<img src=\"//example.org/a.png\" alt=\"x\">", 6)]
    [InlineData("<video src=\"https://example.org/a.mp4\" controls></video>", 8)]
    public void An_image_or_video_from_another_host_is_a_warning_since_the_policy_blocks_it(string body, int column)
    {
        using var site = TestSite.Create(Page(body));
        var result = site.Build();
        var d = DiagnosticAssert.Single(result, "DS2305", "page.md", 3, column);
        Assert.Equal(DocsSite.Diagnostics.Severity.Warning, d.Severity);
        Assert.Contains("Content-Security-Policy", d.Message);
        Assert.True(result.Written);
        Assert.False(site.Build(strict: true).Written);
    }

    [Theory]
    [InlineData("<img/alt=\"\"/onerror=\"alert(1)\">", "&lt;img/alt=&quot;&quot;/onerror=&quot;alert(1)&quot;&gt;")]
    // A raw NUL byte never reaches Markdown now (DS0015 when the file is read); its entity still becomes U+FFFD.
    [InlineData("<scr&#0;ipt>alert(1)</script>", "&lt;scr\uFFFDipt&gt;alert(1)")]
    public void A_tag_that_is_not_html_by_commonmark_rules_is_escaped_as_text(string body, string escaped)
    {
        // A browser would read "<img/onerror=...>" as a tag, but CommonMark wants a space (and a NUL becomes U+FFFD), so Markdig writes text.
        using var site = TestSite.Create(Page(body));
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains(escaped, site.Html("page/index.html"));
    }

    /// <summary>The curated guide raises inert HTML to an error; other people's Markdown builds with a warning.</summary>
    private const string Curated = "\n-- site.yml --\ntitle: T\ndiagnostics:\n  DS2306: error\n";

    [Fact]
    public void Html_that_cannot_load_or_run_anything_is_a_warning_by_default_and_the_site_builds()
    {
        using var site = TestSite.Create(Page("<p style=\"color: red\">Run it here.</p>"));
        var result = site.Build();
        Assert.False(result.Diagnostics.HasErrors);
        Assert.True(result.Written);
        DiagnosticAssert.Single(result.Diagnostics, "DS2306", "page.md", 3, 4);
    }

    [Fact]
    public void The_message_says_why_and_what_to_do()
    {
        using var site = TestSite.Create(Page("<p style=\"color: red\">Red</p>"));
        var d = DiagnosticAssert.Single(site.Build(), "DS2306", "page.md", 3, 4);
        Assert.Contains("Content-Security-Policy", d.Message);
        Assert.Contains("class", d.Message);
    }

    [Fact]
    public async Task A_javascript_base_url_on_the_command_line_is_a_usage_error()
    {
        using var site = TestSite.Create(Home);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await DocsSite.Cli.CommandLine.RunAsync(
            ["build", "--input", site.Input, "--output", site.Output, "--theme", Repo.Theme, "--base-url", "javascript:alert(1)//"], stdout, stderr);
        Assert.Equal(2, exit);
        Assert.Contains("--base-url must be an absolute http:// or https:// address", stderr.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    public static TheoryData<string> Allowed => new()
    {
        "<details><summary>More</summary>\n\nHidden text.\n\n</details>",
        "<img src=\"pic.png\" alt=\"A picture\" width=\"40\" height=\"30\" loading=\"lazy\">",
        "<a href=\"https://example.org/\" title=\"Example\">example</a>",
        "Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.",
        "<!-- a note for editors -->\nText.",
        "[mail](mailto:team@example.org), [call](tel:+15550100) and [web](https://example.org/).",
        "![dot](data:image/png;base64,iVBORw0KGgo=)",
        "<abbr title=\"virtual machine\">VM</abbr> <span data-kind=\"x\" aria-label=\"y\" class=\"note\">z</span>",
        "<table>\n<caption>C</caption>\n<thead><tr><th scope=\"col\">A</th></tr></thead>\n<tbody><tr><td colspan=\"1\">1</td></tr></tbody>\n</table>",
        "<figure><img src=\"pic.png\" alt=\"\"><figcaption>Caption</figcaption></figure>",
        "<p><time datetime=\"2024-01-01\">New year</time> <mark>marked</mark> <del>old</del> <ins>new</ins> H<sub>2</sub>O</p>",
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Documentation_html_builds_clean(string body)
    {
        using var site = TestSite.Create(Page(body) + "-- pic.png --\npng\n");
        var result = site.Build();
        DiagnosticAssert.Clean(result);
        Assert.True(result.Written);
    }
}
