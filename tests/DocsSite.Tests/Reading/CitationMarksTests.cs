using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>Citation markers a reader can follow: one per fact per place, in order, on their word's line, with a way back.</summary>
public sealed class CitationMarksTests
{
    private const string Site = """
        -- index.md --
        # Home

        Hypervisors came first [@b] [@a][@b]. Containers are lighter [@a].

        ::comparison{group="arch"}
        -- _data/sources.yml --
        - id: src
          title: The source
        -- _data/facts.yml --
        - id: a
          claim: Fact A.
          source: src
          locator: page 1
        - id: b
          claim: Fact B.
          value: "2 s"
          source: src
          locator: page 2
        -- _data/comparison.yml --
        technologies:
          - id: vm
            name: Virtual machine
        groups:
          - id: arch
            name: Architecture
        dimensions:
          - id: boot
            name: Boot time
            group: arch
            cells:
              vm:
                value: "About [=b]"
                facts: [b, a]
            note: Measured on one laptop.
        """;

    [Fact]
    public void Markers_side_by_side_become_one_sorted_group_attached_to_the_word()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("index.html");
        Assert.Contains("came first<sup class=\"cite\"><a id=\"cite-1-1\" href=\"facts/#b\" aria-label=\"Reference 1\">[1]</a>,<a id=\"cite-2-1\" href=\"facts/#a\" aria-label=\"Reference 2\">[2]</a></sup>.", html);
    }

    [Fact]
    public void A_cell_citing_a_fact_in_its_text_and_in_its_facts_shows_it_once()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("index.html");
        Assert.Contains("<td data-label=\"Virtual machine\">About <span class=\"fact\" data-fact=\"b\">2 s</span><sup class=\"cite\"><a id=\"cite-1-2\" href=\"facts/#b\" aria-label=\"Reference 1\">[1]</a>,<a id=\"cite-2-3\" href=\"facts/#a\" aria-label=\"Reference 2\">[2]</a></sup></td>", html);
    }

    [Fact]
    public void A_marker_on_a_page_in_a_folder_links_to_the_ledger_entry_relative_to_its_page()
    {
        using var site = TestSite.Create(Site.Replace("lighter [@a].", "lighter [@a]. See [deep](guide/deep/page.md).", StringComparison.Ordinal)
            + "\n-- guide/deep/page.md --\n# Deep\n\nFact A again [@a].\n");
        DiagnosticAssert.Clean(site.Build(strict: true));
        Assert.Contains("again<sup class=\"cite\"><a id=\"cite-1-1\" href=\"../../../facts/#a\" aria-label=\"Reference 1\">[1]</a></sup>.", site.Html("guide/deep/page/index.html"));
    }

    [Fact]
    public void Each_reference_links_back_to_every_marker_citing_it()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("index.html");
        Assert.Contains("<span class=\"backrefs\">↩ <a href=\"#cite-2-1\" aria-label=\"Back to citation 1\">1</a> <a href=\"#cite-2-2\" aria-label=\"Back to citation 2\">2</a> <a href=\"#cite-2-3\" aria-label=\"Back to citation 3\">3</a> </span>", html);
    }

    [Fact]
    public void A_slice_of_one_group_does_not_repeat_its_caption_and_its_rows_link_to_their_notes_on_the_comparison()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("index.html");
        Assert.Contains("<caption>Architecture</caption>", html);
        Assert.DoesNotContain("<tr class=\"group\">", html);
        // In an article the row's note, and what it cites, stay on the comparison: the slice stays light.
        Assert.Contains("<th scope=\"row\"><a href=\"comparison/#boot\">Boot time</a></th>", html);
        Assert.DoesNotContain("Measured on one laptop.", html);
        var comparison = site.Html("comparison/index.html");
        Assert.Contains("<tr class=\"group\"><th scope=\"colgroup\" colspan=\"2\">Architecture</th></tr>", comparison);
        Assert.Contains("<tr class=\"row-note\"><td colspan=\"2\"><span class=\"visually-hidden\">About Boot time: </span>Measured on one laptop.</td></tr>", comparison);
    }

    [Fact]
    public void A_long_reference_list_starts_collapsed()
    {
        var facts = string.Join("\n", Enumerable.Range(1, 16).Select(i => $"- id: f{i}\n  claim: Fact {i}.\n  source: src\n  locator: p{i}"));
        var cites = string.Join(" ", Enumerable.Range(1, 16).Select(i => $"Claim [@f{i}]."));
        using var site = TestSite.Create($"-- index.md --\n# Home\n\n{cites}\n-- _data/sources.yml --\n- id: src\n  title: S\n-- _data/facts.yml --\n{facts}\n");
        DiagnosticAssert.Clean(site.Build(strict: true));
        Assert.Contains("<details><summary>Show all 16 references</summary>", site.Html("index.html"));
    }
}
