using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>The sources page speaks to readers: records named in notes become links, not ids in code font.</summary>
public sealed class SourcesPageTests
{
    [Fact]
    public void Ids_in_notes_become_links_to_the_source_or_the_fact()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            A claim [@f] and another [@g].
            -- _data/sources.yml --
            - id: blog
              title: A blog post
              notes: Quotes `survey`; compare `f`; the `--isolation` flag stays code.
            - id: survey
              title: The survey
            -- _data/facts.yml --
            - id: f
              claim: Containers start fast.
              source: blog
              locator: page 1
              note: Also in `survey`.
            - id: g
              claim: Surveys say so.
              source: survey
              locator: table 2
            """);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("sources/index.html");
        Assert.Contains("Quotes <a href=\"#survey\">The survey</a>; compare <a href=\"#fact-f\" title=\"Containers start fast.\">a related fact</a>; the <code>--isolation</code> flag stays code.", html);
        Assert.Contains("<span class=\"note\">Also in <a href=\"#survey\">The survey</a>.</span>", html);
    }
}
