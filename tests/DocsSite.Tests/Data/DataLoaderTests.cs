using DocsSite.Tests.Support;

namespace DocsSite.Tests.Data;

public sealed class DataLoaderTests
{
    [Fact]
    public void An_unknown_field_is_an_error_at_the_key_with_a_suggestion()
    {
        using var site = TestSite.Create("""
            -- _data/sources.yml --
            - id: bmc
              title: An article
              pubisher: BMC
            """);
        var result = site.Build();
        var d = DiagnosticAssert.Single(result, "DS1003", "_data/sources.yml", 3, 3);
        Assert.Equal("Unknown source field `pubisher`. Did you mean `publisher`?", d.Message);
    }

    [Fact]
    public void A_missing_required_field_points_at_the_record()
    {
        using var site = TestSite.Create("""
            -- _data/sources.yml --
            - id: a
              title: A
            - id: b
              publisher: B
            """);
        var d = DiagnosticAssert.Single(site.Build(), "DS1002", "_data/sources.yml", 3, 3);
        Assert.Contains("`title`", d.Message);
    }

    [Fact]
    public void An_id_that_is_not_kebab_case_suggests_one()
    {
        using var site = TestSite.Create("""
            -- _data/sources.yml --
            - id: BMC Blog
              title: A
            """);
        Assert.Contains("`bmc-blog`", DiagnosticAssert.Single(site.Build(), "DS1005", "_data/sources.yml", 1, 7).Message);
    }

    [Fact]
    public void Duplicate_ids_across_files_of_a_collection_name_the_first()
    {
        using var site = TestSite.Create("""
            -- _data/sources/a.yml --
            - id: same
              title: A
            -- _data/sources/b.yml --
            - id: same
              title: B
            """);
        var d = DiagnosticAssert.Single(site.Build(), "DS1006", "_data/sources/b.yml", 1, 7);
        Assert.Contains("_data/sources/a.yml:1:7", d.Message);
    }

    [Fact]
    public void A_date_in_another_format_is_rejected()
    {
        using var site = TestSite.Create("""
            -- _data/sources.yml --
            - id: a
              title: A
              date: 15/04/2019
            """);
        DiagnosticAssert.Single(site.Build(), "DS1011", "_data/sources.yml", 3, 9);
    }

    [Fact]
    public void A_file_that_is_no_collection_is_named_with_a_suggestion()
    {
        using var site = TestSite.Create("""
            -- _data/fact.yml --
            - id: a
            """);
        Assert.Contains("Did you mean `facts`?", DiagnosticAssert.Single(site.Build(), "DS1009", "_data/fact.yml", 0, 0).Message);
    }

    [Fact]
    public void A_list_given_where_text_is_expected_is_a_type_error()
    {
        using var site = TestSite.Create("""
            -- _data/sources.yml --
            - id: a
              title: [A, B]
            """);
        DiagnosticAssert.Single(site.Build(), "DS1004", "_data/sources.yml", 2, 10);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_in_one_build()
    {
        using var site = TestSite.Create("""
            -- _data/sources.yml --
            - id: a
              titel: A
            - id: B!
              title: B
            - id: c
              title: C
              colour: red
            """);
        var codes = site.Build().Diagnostics.Sorted().Where(d => d.Severity == DocsSite.Diagnostics.Severity.Error).Select(d => (d.Code, d.Line)).ToList();
        Assert.Equal([("DS1002", 1), ("DS1003", 2), ("DS1005", 3), ("DS1003", 7)], codes);
    }

    [Fact]
    public void A_term_reads_lower_case_in_prose_and_capitalised_in_headings_unless_its_title_says_otherwise()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            A [[hypervisor]] and [[cgroups]].
            -- _data/definitions.yml --
            - id: cgroups
              term: cgroups
              title: cgroups
              short: Kernel resource limits.
            - id: hypervisor
              term: hypervisor
              short: Software that runs virtual machines.
            """);
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains(">hypervisor</a> and <a", site.Html("index.html"));
        Assert.Contains("<h1>Hypervisor</h1>", site.Html("glossary/hypervisor/index.html"));
        Assert.Contains("<h1>cgroups</h1>", site.Html("glossary/cgroups/index.html"));
    }
}
