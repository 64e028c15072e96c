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
                     "comparison/index.html", "faq/index.html", "analogies/index.html", "sources/index.html" })
            Assert.True(site.Exists(path), path);
        // The stylesheet's name carries its content's hash, so hosts may cache it for good.
        var css = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css"));
        Assert.Contains($"href=\"../assets/{Path.GetFileName(css)}\"", site.Html("intro/index.html"));
        var intro = site.Html("intro/index.html");
        Assert.Contains("""<a class="term" href="../glossary/hypervisor/" """.TrimEnd(), intro);
        Assert.Contains("""<li id="ref-1">Hypervisors run virtual machines.""", intro);
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

    /// <summary>
    /// Two runs of the program as users run it, alike in nothing but the content: one in
    /// invariant culture and UTC with LF files written in path order; the other in Turkish
    /// (dotless i, comma decimals) at UTC+12:45/13:45 with CRLF files written in reverse order
    /// into another folder (on /dev/shm when there is one, where directories list their files
    /// newest first; /tmp on ext4 lists them by hash of name).
    /// </summary>
    [Fact]
    public async Task Two_processes_differing_in_culture_time_zone_file_order_and_line_endings_build_byte_identical_output()
    {
        // One collection in three files, so that records could come in the order the files are listed in.
        using var site = TestSite.Create(Site + """

            -- _data/faq/more.yml --
            - id: what-is-a-guest
              question: What is a guest?
              answer: A machine that a [[hypervisor]] runs.
            -- _data/faq/most.yml --
            - id: what-is-a-host
              question: What is a host?
              answer: The machine a [[hypervisor]] runs on.
            """);
        var files = Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Input, f)).Order(StringComparer.Ordinal).ToList();
        var lf = Path.Combine(site.Root, "lf");
        var crlf = Directory.Exists("/dev/shm") ? Path.Combine("/dev/shm", "docssite-tests-" + Guid.NewGuid().ToString("N")) : Path.Combine(site.Root, "crlf");
        try
        {
            foreach (var file in files) Copy(file, lf, "\n");
            foreach (var file in Enumerable.Reverse(files)) Copy(file, crlf, "\r\n");

            var invariant = await DocsSiteProcess.RunAsync(
                new Dictionary<string, string?> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", ["LANG"] = "C", ["LC_ALL"] = "C", ["TZ"] = "UTC" },
                null, "build", "--input", Path.Combine(lf, "input"), "--output", Path.Combine(lf, "output"), "--theme", Repo.Theme);
            var turkish = await DocsSiteProcess.RunAsync(
                new Dictionary<string, string?> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = null, ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Pacific/Chatham" },
                DocsSiteProcess.RuntimeConfigWithCultures(site.Root),
                "build", "--input", Path.Combine(crlf, "input"), "--output", Path.Combine(crlf, "output"), "--theme", Repo.Theme);

            Assert.True(invariant.Code == 0, invariant.Out + invariant.Err);
            Assert.True(turkish.Code == 0, turkish.Out + turkish.Err);
            var first = Snapshot(Path.Combine(lf, "output"));
            var second = Snapshot(Path.Combine(crlf, "output"));
            Assert.Contains("intro/index.html", first.Keys);
            Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
            Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), file.Key + " differs"));
        }
        finally
        {
            if (Directory.Exists(crlf)) Directory.Delete(crlf, recursive: true);
        }

        void Copy(string file, string root, string newline)
        {
            var target = Path.Combine(root, "input", file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(Path.Combine(site.Input, file)).Replace("\n", newline));
        }
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

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);
}
