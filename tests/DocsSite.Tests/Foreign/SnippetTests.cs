using DocsSite.Tests.Support;

namespace DocsSite.Tests.Foreign;

/// <summary>
/// pymdownx.snippets' <c>--8&lt;-- "file"</c> includes, when the corpus' mkdocs.yml enables them: the
/// file's text takes the line's place, problems in it are reported in that file, and nothing outside the
/// base path and the checkout (or hidden, or not a regular file) is read.
/// </summary>
public sealed class SnippetTests
{
    private const string MkDocsYml = """
        site_name: Test
        docs_dir: input
        markdown_extensions:
          - attr_list
          - pymdownx.snippets
        """;

    private const string Contributing = """
        # Contributing

        ## Installing for development

        Clone it, then read [the guide](docs/missing.md).
        """;

    private static TestSite Create(string pages, string mkdocs = MkDocsYml)
    {
        var site = TestSite.Create(pages);
        File.WriteAllText(Path.Combine(site.Root, "mkdocs.yml"), mkdocs);
        File.WriteAllText(Path.Combine(site.Root, "CONTRIBUTING.md"), Contributing);
        return site;
    }

    private const string Pages = """
        -- index.md --
        # Home

        See [installing](about/contributing.md#installing-for-development).
        -- about/contributing.md --
        Before the include.

        --8<-- "CONTRIBUTING.md"

        After it, a [broken link](nowhere.md).
        """;

    [Fact]
    public void An_included_file_takes_the_place_of_its_line_and_its_problems_are_reported_where_written()
    {
        using var site = Create(Pages);
        var result = site.Build(includeFrom: site.Root);

        // The included file's heading gives the page its id and title; its own broken link is reported in it.
        Assert.Equal(
            [("DS2101", "../CONTRIBUTING.md", 5, 33), ("DS2101", "about/contributing.md", 5, 27)],
            result.Diagnostics.Sorted().Select(d => (d.Code, d.File, d.Line, d.Column)).Order());

        site.Write("-- about/contributing.md --\n--8<-- \"CONTRIBUTING.md\"\n");
        File.WriteAllText(Path.Combine(site.Root, "CONTRIBUTING.md"), Contributing.Replace("docs/missing.md", "../index.md"));
        DiagnosticAssert.Clean(site.Build(includeFrom: site.Root));
        var html = site.Html("about/contributing/index.html");
        Assert.Contains("<h2 id=\"installing-for-development\">Installing for development</h2>", html);
        Assert.DoesNotContain("8&lt;", html);
        Assert.Equal(["Contributing"], SiteHtml.H1s(html));
    }

    [Fact]
    public void Line_ranges_blocks_indentation_and_escaped_markers()
    {
        using var site = Create("""
            -- index.md --
            # Home

            -   Indented:

                --8<-- "CONTRIBUTING.md:3:3"

            --8<--
            CONTRIBUTING.md:5
            --8<--

            ;--8<-- "CONTRIBUTING.md"
            """);
        var result = site.Build(includeFrom: site.Root);

        // Line 5 of the file, included by the block, holds the broken link; it keeps its own line and column.
        DiagnosticAssert.Single(result, "DS2101", "../CONTRIBUTING.md", 5, 33);
        Assert.Single(result.Diagnostics.Sorted());
        File.WriteAllText(Path.Combine(site.Root, "CONTRIBUTING.md"), Contributing.Replace("docs/missing.md", "https://example.org/"));
        DiagnosticAssert.Clean(site.Build(includeFrom: site.Root));
        var html = site.Html("index.html");
        Assert.Contains("<h2 id=\"installing-for-development\">Installing for development</h2>", html);
        Assert.Contains("Clone it, then read", html);
        Assert.Contains("--8&lt;-- &quot;CONTRIBUTING.md&quot;", html.Replace("&quot;", "&quot;"));
        Assert.DoesNotContain("<h1>Contributing</h1>", html);
    }

    [Fact]
    public void A_file_outside_the_input_is_read_only_when_the_command_line_names_its_folder()
    {
        using var site = Create(Pages);
        var result = site.Build();

        var refused = DiagnosticAssert.Single(result, "DS2109", "about/contributing.md", 3, 9);
        Assert.Equal("The snippet `CONTRIBUTING.md` is not included: it is outside the input, and a build reads nothing outside its input unless `--include-from` names a folder that holds it (for example the repository root).", refused.Message);
        Assert.False(result.Written);

        var elsewhere = Path.Combine(site.Root, "input", "_includes");
        Directory.CreateDirectory(elsewhere);
        var narrow = site.Build(includeFrom: elsewhere);
        Assert.Contains($"it is outside `{elsewhere}`, the one folder beyond the input that `--include-from` lets a build read", DiagnosticAssert.Single(narrow, "DS2109", "about/contributing.md", 3, 9).Message);

        var wide = site.Build(includeFrom: site.Root).Diagnostics.Sorted();
        Assert.DoesNotContain(wide, d => d.Code == "DS2109");
        Assert.Contains(wide, d => (d.Code, d.File, d.Line, d.Column) == ("DS2101", "../CONTRIBUTING.md", 5, 33));
    }

    [Fact]
    public void Files_outside_the_base_path_hidden_missing_or_including_themselves_are_refused_where_named()
    {
        using var site = Create("""
            -- index.md --
            # Home

            --8<-- "../outside.md"
            --8<-- ".secrets/token.md"
            --8<-- "missing.md"
            --8<-- "link.md"
            --8<-- "input/loop.md"
            -- loop.md --
            # Loop

            --8<-- "input/loop.md"
            """);
        Directory.CreateDirectory(Path.Combine(site.Root, ".secrets"));
        File.WriteAllText(Path.Combine(site.Root, ".secrets", "token.md"), "ghp_secret");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(site.Root)!, "outside.md"), "not ours");
        var elsewhere = Path.Combine(Path.GetTempPath(), "docssite-snippet-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(elsewhere, "secret elsewhere");
        File.CreateSymbolicLink(Path.Combine(site.Root, "link.md"), elsewhere);
        try
        {
            var result = site.Build(includeFrom: site.Root);

            var refused = result.Diagnostics.Sorted().Where(d => d.Code == "DS2109").ToList();
            Assert.Equal(
                // The loop is reported where it closes: in loop.md, once as included from index.md and once as its own page.
                [("index.md", 3, 9), ("index.md", 4, 9), ("index.md", 5, 9), ("index.md", 6, 9), ("loop.md", 3, 9), ("loop.md", 3, 9)],
                refused.Select(d => (d.File, d.Line, d.Column)));
            Assert.Contains("leads out of the snippets' base path", refused[0].Message);
            Assert.Contains("hidden", refused[1].Message);
            Assert.Contains("no such file", refused[2].Message);
            Assert.Contains("leads out of the snippets' base path and the repository", refused[3].Message);
            Assert.Contains("(index.md -> loop.md), so it would include itself", refused[4].Message + refused[5].Message);
            Assert.False(result.Written);
            Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Message.Contains("ghp_secret", StringComparison.Ordinal) || d.Message.Contains("secret elsewhere", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(elsewhere);
        }
    }

    [Fact]
    public void Without_pymdownx_snippets_or_with_snippets_off_the_line_is_text()
    {
        using (var without = Create(Pages, "docs_dir: input\nmarkdown_extensions: [attr_list]\n"))
        {
            var result = without.Build();
            Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == "DS2102");
            Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.File == "../CONTRIBUTING.md");
        }
        using var off = Create(Pages + "\n-- site.yml --\nmarkdown: { snippets: false }\n");
        Assert.Contains(off.Build().Diagnostics.Sorted(), d => d.Code == "DS2102");
    }

    [Fact]
    public void Base_path_from_mkdocs_yml_is_where_snippets_are_found()
    {
        using var site = Create("""
            -- index.md --
            # Home

            --8<-- "note.md"
            -- _includes/note.md --
            Included from the base path.
            """, MkDocsYml + "\n      base_path: [input/_includes]\n".Replace("snippets\n", "snippets:\n"));
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        Assert.Contains("Included from the base path.", site.Html("index.html"));
    }
}
