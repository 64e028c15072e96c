using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Safety;

/// <summary>What the output holds: a Content-Security-Policy on every page, nothing it would block, and rel="noopener" on links to other sites.</summary>
public sealed partial class SafeOutputTests
{
    private static TestSite Built(string files, out BuildResult result)
    {
        var site = TestSite.Create(files);
        result = site.Build();
        DiagnosticAssert.Clean(result);
        return site;
    }

    [Fact]
    public void Links_to_other_sites_get_noopener_and_links_inside_do_not()
    {
        using var site = Built("""
            -- index.md --
            # Home

            [out](https://example.org/a), <https://example.org/b>, [in](page.md), [mail](mailto:a@example.org) and [same](https://docs.example.net/x/).
            -- page.md --
            # Page
            -- site.yml --
            base_url: https://docs.example.net/
            """, out _);
        var html = site.Html("index.html");
        Assert.Contains("<a href=\"https://example.org/a\" rel=\"noopener\">out</a>", html);
        Assert.Contains("<a href=\"https://example.org/b\" rel=\"noopener\">https://example.org/b</a>", html);
        Assert.Contains("<a href=\"page/\">in</a>", html);
        Assert.Contains("<a href=\"mailto:a@example.org\">mail</a>", html);
        Assert.Contains("<a href=\"https://docs.example.net/x/\">same</a>", html);
    }

    [Fact]
    public void Source_and_edit_links_from_templates_get_noopener()
    {
        using var site = Built("""
            -- index.md --
            # Home

            A claim [@f].
            -- site.yml --
            repository: https://example.org/edit/main/input/
            -- _data/sources.yml --
            - id: s
              title: A source
              url: https://example.org/paper
              retrieved: "2026-12-01"
            -- _data/facts.yml --
            - id: f
              claim: Something is true.
              source: s
              locator: page 1
            """, out _);
        Assert.Contains("<a href=\"https://example.org/paper\" rel=\"noopener\">", site.Html("sources/index.html"));
        Assert.Contains("<a href=\"https://example.org/edit/main/input/index.md\" rel=\"noopener\">", site.Html("index.html"));
    }

    [Fact]
    public void Aligned_table_columns_use_classes_not_inline_styles()
    {
        using var site = Built("""
            -- index.md --
            # Home

            | Left | Centre | Right | Plain |
            |:-----|:------:|------:|-------|
            | a    | b      | c     | d     |

            +-------+-----------+
            | Grid  | Table     |
            +=======+===========+
            | 1     | 2         |
            +-------+-----------+
            """, out _);
        var html = site.Html("index.html");
        Assert.DoesNotContain("style=", html);
        Assert.Contains("<th class=\"align-left\">Left</th>", html);
        Assert.Contains("<td class=\"align-center\">b</td>", html);
        Assert.Contains("<td class=\"align-right\">c</td>", html);
        Assert.Contains("<td>d</td>", html);
        Assert.Contains("<td>2</td>", html);
        var css = File.ReadAllText(Path.Combine(Repo.Theme, "assets", "site.css"));
        foreach (var align in new[] { "left", "center", "right" }) Assert.Contains($"td.align-{align} {{ text-align: {align}; }}", css);
    }

    [Fact]
    public void Every_page_carries_the_policy_netlify_sends_as_a_header()
    {
        var netlify = Regex.Match(File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml")), "Content-Security-Policy = \"([^\"]+)\"").Groups[1].Value;
        var meta = Regex.Match(File.ReadAllText(Path.Combine(Repo.Theme, "layouts", "base.hbs")), "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEqual("", meta);
        // frame-ancestors works only as a header; browsers ignore it, with a console warning, in a <meta>.
        Assert.Equal(netlify, meta + "; frame-ancestors 'none'");
        Assert.DoesNotContain("unsafe-inline", netlify);
        Assert.DoesNotContain("unsafe-eval", netlify);
        Assert.Contains("script-src 'self'", meta);
    }

    [Fact]
    public void The_real_site_holds_nothing_its_policy_would_block()
    {
        var output = Path.Combine(Path.GetTempPath(), "docssite-safe-" + Guid.NewGuid().ToString("N"));
        try
        {
            DiagnosticAssert.Clean(BuildPipeline.Run(new BuildOptions(Repo.Input, Repo.Theme, output)));
            var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);
            Assert.NotEmpty(pages);
            var blocked = new List<string>();
            foreach (var file in pages)
            {
                var html = File.ReadAllText(file);
                Assert.Contains("<meta http-equiv=\"Content-Security-Policy\"", html);
                blocked.AddRange(Blocked(html).Select(b => $"{Path.GetRelativePath(output, file)}: {b}"));
            }
            Assert.True(blocked.Count == 0, string.Join("\n", blocked));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void No_template_of_the_theme_holds_what_the_policy_would_block()
    {
        // The real site renders most templates; this also covers branches its content never takes.
        var templates = Directory.GetFiles(Repo.Theme, "*.hbs", SearchOption.AllDirectories);
        Assert.NotEmpty(templates);
        var blocked = templates.SelectMany(t => Blocked(File.ReadAllText(t)).Select(b => $"{Path.GetRelativePath(Repo.Theme, t)}: {b}")).ToList();
        Assert.True(blocked.Count == 0, string.Join("\n", blocked));
    }

    [Fact]
    public void The_scan_used_above_finds_what_the_policy_blocks() =>
        Assert.Equal(4, Blocked("<p style=\"color: red\" onclick=\"x()\">a</p><script>y()</script><style>p {}</style><script src=\"ok.js\"></script><script type=\"application/ld+json\">{}</script>").Count());

    /// <summary>What a policy without 'unsafe-inline' blocks: inline scripts and styles, style attributes, event handlers, javascript: URLs.</summary>
    private static IEnumerable<string> Blocked(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), AngleSharp.Html.HtmlEntityProvider.Resolver);
        while (tokenizer.Get() is { Type: not HtmlTokenType.EndOfFile } token)
        {
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.AsTag();
            if (tag.Name == "style") yield return "<style> element";
            // A data block (JSON-LD) is never run, so the policy has nothing to block there.
            if (tag.Name == "script" && !tag.Attributes.Any(a => a.Name == "src")
                && !tag.Attributes.Any(a => a.Name == "type" && a.Value == "application/ld+json")) yield return "inline <script>";
            foreach (var a in tag.Attributes)
            {
                if (a.Name == "style" || a.Name.StartsWith("on", StringComparison.Ordinal)) yield return $"<{tag.Name} {a.Name}> at line {token.Position.Line}";
                if (a.Name is "href" or "src" && a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) yield return $"javascript: URL at line {token.Position.Line}";
            }
        }
    }
}
