using System.Text.Json;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>search-index.json: what search.js finds, read from the rendered pages.</summary>
public sealed class SearchIndexTests
{
    private const string Site = """
        -- index.md --
        # Home

        Read about [isolation](iso.md).
        -- iso.md --
        # Isolation

        Intro text.

        ## Kernel sharing

        Containers share the host kernel [@f].
        -- _data/sources.yml --
        - id: src
          title: A source
        -- _data/facts.yml --
        - id: f
          claim: Containers share a kernel.
          source: src
          locator: page 1
        -- _data/definitions.yml --
        - id: cgroups
          term: cgroups
          title: cgroups
          aliases: [control groups]
          short: Limits on what a group of processes may use.
        -- _data/faq.yml --
        - id: why
          question: Why share a kernel?
          answer: It is cheaper [@f].
          terms: [cgroups]
        """;

    [Fact]
    public void The_index_holds_titles_sections_terms_with_aliases_and_questions_but_no_menus_or_references()
    {
        using var site = TestSite.Create(Site);
        DiagnosticAssert.Clean(site.Build(strict: true));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "search-index.json")));
        var pages = json.RootElement.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("u").GetString()!);
        var iso = pages["iso/"];
        Assert.Equal("Isolation", iso.GetProperty("t").GetString());
        var sections = iso.GetProperty("s").EnumerateArray().Select(s => s.EnumerateArray().Select(x => x.GetString()).ToArray()).ToList();
        Assert.Contains(["kernel-sharing", "Kernel sharing", "Containers share the host kernel."], sections);
        Assert.DoesNotContain(sections, s => s[2]!.Contains("page 1") || s[2]!.Contains("Previous"));
        Assert.Equal("cgroups control groups", pages["glossary/cgroups/"].GetProperty("k").GetString());
        Assert.Contains(pages["faq/"].GetProperty("s").EnumerateArray(), s => s[1].GetString() == "Why share a kernel?");
        Assert.False(pages.ContainsKey("404.html"));
    }
}
