using DocsSite.Tests.Support;

namespace DocsSite.Tests.Rendering;

/// <summary>"Suggest a change to this page" on every page, pointing at the file (and, for a term, the line) it is built from.</summary>
public sealed class EditLinkTests : IDisposable
{
    private const string Files = """
        -- index.md --
        # Home

        A [[hypervisor]] page and an [introduction](guide/intro.md).
        -- guide/intro.md --
        # Intro
        -- _data/definitions.yml --
        - id: container
          term: container
          short: A set of isolated processes.

        - id: hypervisor
          term: hypervisor
          short: Software that runs virtual machines.
        -- _data/faq.yml --
        - id: why
          question: Why?
          answer: Because.
        """;

    private const string Settings = "\n-- site.yml --\ntitle: T\nrepository: https://github.com/o/r/blob/main/\n";

    private readonly TestSite _site = CheckedOut(TestSite.Create(Files + Settings));

    /// <summary>The site's input folder as the <c>input/</c> folder of a repository checkout.</summary>
    private static TestSite CheckedOut(TestSite site)
    {
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        return site;
    }

    private static string Link(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<a href=\"([^\"]*)\"[^>]*>Suggest a change to this page</a>").Groups[1].Value;

    [Fact]
    public void A_markdown_page_links_to_its_file_in_the_editor()
    {
        DiagnosticAssert.Clean(_site.Build());
        Assert.Equal("https://github.com/o/r/edit/main/input/guide/intro.md", Link(_site.Html("guide/intro/index.html")));
        Assert.Equal("https://github.com/o/r/edit/main/input/index.md", Link(_site.Html("index.html")));
    }

    [Fact]
    public void A_term_page_links_to_its_record_at_its_line()
    {
        _site.Build();
        Assert.Equal("https://github.com/o/r/blob/main/input/_data/definitions.yml#L5", Link(_site.Html("glossary/hypervisor/index.html")));
        Assert.Equal("https://github.com/o/r/blob/main/input/_data/definitions.yml#L1", Link(_site.Html("glossary/container/index.html")));
    }

    [Fact]
    public void A_page_of_a_whole_collection_links_to_the_collection_file()
    {
        _site.Build();
        Assert.Equal("https://github.com/o/r/edit/main/input/_data/definitions.yml", Link(_site.Html("glossary/index.html")));
        Assert.Equal("https://github.com/o/r/edit/main/input/_data/faq.yml", Link(_site.Html("faq/index.html")));
    }

    [Fact]
    public void Outside_a_checkout_paths_start_at_the_input_folder()
    {
        using var loose = TestSite.Create(Files + Settings);
        loose.Build();
        Assert.Equal("https://github.com/o/r/edit/main/guide/intro.md", Link(loose.Html("guide/intro/index.html")));
        Assert.Equal("https://github.com/o/r/blob/main/_data/definitions.yml#L5", Link(loose.Html("glossary/hypervisor/index.html")));
    }

    [Fact]
    public void Without_a_repository_no_page_has_an_edit_link()
    {
        using var bare = TestSite.Create(Files);
        DiagnosticAssert.Clean(bare.Build());
        foreach (var file in Directory.EnumerateFiles(bare.Output, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("Suggest a change", File.ReadAllText(file));
    }

    [Fact]
    public void The_real_site_names_no_placeholder_repository()
    {
        Assert.DoesNotContain("github.com/docssite/docssite", File.ReadAllText(Path.Combine(Repo.Input, "site.yml")));
    }

    public void Dispose() => _site.Dispose();
}
