using DocsSite.Diagnostics;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Foreign;

/// <summary>
/// The reference syntax (<c>[[term]]</c>, <c>[@fact]</c>, <c>[=fact]</c>, <c>::embed</c>) only
/// where it means something: a folder without data reads it as the text it is elsewhere.
/// </summary>
public sealed class PlainReferencesTests
{
    private const string Mentions = """
        # Release notes

        Thanks to [@octocat] for the fix, see [[1]] and [=not-a-fact].

        ::note{kind="tip"}
        """;

    private const string Facts = """
        -- _data/sources.yml --
        - id: src
          title: The source
        -- _data/facts.yml --
        - id: real-fact
          claim: Something true.
          source: src
          locator: page one
        """;

    [Fact]
    public void A_folder_without_data_keeps_the_syntax_as_text()
    {
        using var site = TestSite.Create("-- index.md --\n" + Mentions);
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        var html = site.Html("index.html");
        Assert.Contains("Thanks to [@octocat] for the fix, see [[1]] and [=not-a-fact].", html);
        Assert.Contains("::note{kind=&quot;tip&quot;}", html);
    }

    [Fact]
    public void A_site_with_facts_still_reports_a_mention_with_a_hint_to_escape_it()
    {
        using var site = TestSite.Create("-- index.md --\n" + Mentions.Replace(" see [[1]] and [=not-a-fact].", "") + "\n" + Facts);
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, "DS2002", "index.md", 3, 13);
        Assert.Contains("`\\[@octocat]`", error.Message);
        Assert.Contains("references: false", error.Message);
        Assert.False(result.Written);
    }

    [Fact]
    public void An_escaped_bracket_is_text_in_a_site_with_facts()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Notes

            Thanks to \[@octocat] and \[[1]], citing [@real-fact].
            """ + "\n" + Facts);
        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Contains("Thanks to [@octocat] and [[1]], citing", site.Html("index.html"));
    }

    [Fact]
    public void References_false_turns_the_syntax_off_in_a_site_with_data()
    {
        using var site = TestSite.Create("-- site.yml --\nreferences: false\n-- index.md --\n" + Mentions + "\n" + Facts);
        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Contains("Thanks to [@octocat] for the fix", site.Html("index.html"));
    }

    [Fact]
    public void References_true_turns_the_syntax_on_in_a_folder_without_data()
    {
        using var site = TestSite.Create("""
            -- site.yml --
            references: true
            -- index.md --
            # Home

            A [[hypervisor]] here.
            """);
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, "DS2001", "index.md", 3, 3);
        Assert.Contains("`\\[[hypervisor]]`", error.Message);
    }
}
