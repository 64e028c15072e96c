using DocsSite.Tests.Support;

namespace DocsSite.Tests.Pipeline;

public sealed class BuildPipelineTests
{
    private const string Site = """
        -- site.yml --
        title: Test guide
        nav: [intro.md]
        -- index.md --
        ---
        title: Welcome
        ---
        Read the [intro](intro.md).
        -- intro.md --
        ---
        title: Intro
        order: 1
        ---
        A [[hypervisor]] runs VMs[@fact-a]. ::not-an-embed

        ::comparison{group="arch"}
        -- _data/sources.yml --
        - id: src
          title: The source
        -- _data/facts.yml --
        - id: fact-a
          claim: Hypervisors run virtual machines.
          source: src
          locator: paragraph one
        -- _data/definitions.yml --
        - id: hypervisor
          term: Hypervisor
          short: Software that runs virtual machines.
          facts: [fact-a]
        -- _data/faq.yml --
        - id: what-is-a-hypervisor
          question: What is a hypervisor?
          answer: It is [[hypervisor|software]] that runs VMs [@fact-a].
          terms: [hypervisor]
        -- _data/analogies.yml --
        - id: landlord
          title: The landlord
          compares: [hypervisor]
          mapping:
            - everyday: Landlord
              technical: Hypervisor
          body: A landlord shares out a building.
          breaks_down: Landlords do not schedule CPUs.
        -- _data/comparison.yml --
        technologies:
          - id: vm
            name: Virtual machine
        groups:
          - id: arch
            name: Architecture
        dimensions:
          - id: layer
            name: Layer
            group: arch
            cells:
              vm: { value: "A [[hypervisor]]", facts: [fact-a] }
        """;

    [Fact]
    public void Builds_every_page_and_every_generated_page()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build());
        foreach (var path in new[] { "index.html", "intro/index.html", "glossary/index.html", "glossary/hypervisor/index.html",
                     "comparison/index.html", "faq/index.html", "analogies/index.html", "sources/index.html", "assets/site.css" })
            Assert.True(site.Exists(path), path);
        var intro = site.Html("intro/index.html");
        Assert.Contains("""<a class="term" href="../glossary/hypervisor/" """.TrimEnd(), intro);
        Assert.Contains("""<li id="ref-1" value="1">Hypervisors run virtual machines.""", intro);
        Assert.Contains("<caption>Architecture</caption>", intro);
        Assert.Contains("""<a href="./" aria-current="page">Intro</a>""", intro);
        Assert.Contains("What is a hypervisor?", site.Html("faq/index.html"));
        Assert.Contains("Where it breaks down", site.Html("analogies/index.html"));
        Assert.Contains("""id="fact-fact-a" """.TrimEnd(), site.Html("sources/index.html"));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build());
        var before = site.Html("intro/index.html");
        site.Write("""
            -- intro.md --
            ---
            title: Intro
            ---
            Now [[hypervsor]] is misspelt.
            """);
        var result = site.Build();
        Assert.Equal("There is no glossary term `hypervsor` (by id, term or alias). Did you mean `hypervisor`?",
            DiagnosticAssert.Single(result, "DS2001", "intro.md", 4, 5).Message);
        Assert.Equal(before, site.Html("intro/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.retiring")));
    }

    [Fact]
    public void The_same_input_builds_byte_identical_output()
    {
        using var site = TestSite.Create(Site);
        site.Build();
        var first = Snapshot(site.Output);
        site.Build();
        Assert.Equal(first, Snapshot(site.Output));
    }

    [Fact]
    public void A_page_colliding_with_a_generated_page_is_reported()
    {
        using var site = TestSite.Create(Site + "\n-- faq.md --\n# My FAQ\n");
        DiagnosticAssert.Single(site.Build(), "DS2103", "faq.md", 1, 1);
    }

    [Fact]
    public void Unknown_references_in_data_markdown_point_into_the_yaml_file()
    {
        using var site = TestSite.Create(Site.Replace("answer: It is [[hypervisor|software]] that runs VMs [@fact-a].",
            "answer: It is [[hypervisor|software]] that runs VMs [@fact-b]."));
        DiagnosticAssert.Single(site.Build(), "DS2002", "_data/faq.yml", 3, 57);
    }

    [Fact]
    public void Unused_facts_and_sources_are_warnings()
    {
        using var site = TestSite.Create(Site + """

            -- _data/sources/extra.yml --
            - id: unused
              title: Nobody cites me
            """);
        var result = site.Build();
        Assert.False(result.Diagnostics.HasErrors);
        DiagnosticAssert.Single(result, "DS2203", "_data/sources/extra.yml", 1, 3);
    }

    [Fact]
    public void A_folder_of_plain_markdown_builds()
    {
        using var site = TestSite.Create("""
            -- README.md --
            # Spec

            See [config](config.md#root).
            -- config.md --
            # Config

            ## Root
            """);
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<a href=\"config/#root\">config</a>", site.Html("index.html"));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);
}
