using DocsSite.Tests.Support;

namespace DocsSite.Tests.Pages;

public sealed class PageReaderTests
{
    [Fact]
    public void A_page_without_a_title_takes_its_first_heading()
    {
        using var site = TestSite.Create("""
            -- notes.md --
            # Notes on `runc`

            Text.
            """);
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<title>Notes on runc · ", site.Html("notes/index.html"));
    }

    [Fact]
    public void A_page_with_neither_title_nor_heading_is_a_warning_by_default()
    {
        using var site = TestSite.Create("""
            -- notes.md --
            Just text.
            """);
        var warning = DiagnosticAssert.Single(site.Build(), "DS1008", "notes.md", 1, 1);
        Assert.Equal(DocsSite.Diagnostics.Severity.Warning, warning.Severity);
    }

    [Fact]
    public void Front_matter_errors_carry_the_line_in_the_markdown_file()
    {
        using var site = TestSite.Create("""
            -- notes.md --
            ---
            title: Notes
            order: first
            ---
            Text.
            """);
        DiagnosticAssert.Single(site.Build(), "DS1004", "notes.md", 3, 8);
    }

    [Fact]
    public void Unknown_front_matter_is_a_warning_that_strict_mode_turns_into_an_error()
    {
        using var site = TestSite.Create("""
            -- notes.md --
            ---
            title: Notes
            summary: Short
            ---
            Text.
            """);
        var result = site.Build();
        Assert.False(result.Diagnostics.HasErrors);
        DiagnosticAssert.Single(result, "DS1010", "notes.md", 3, 1);
        Assert.True(site.Build(strict: true).Diagnostics.HasErrors);
    }

    [Fact]
    public void Drafts_are_not_built()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home
            -- draft.md --
            ---
            title: Later
            draft: true
            ---
            Not ready.
            """);
        var result = site.Build();
        DiagnosticAssert.Clean(result);
        Assert.True(result.Written);
        Assert.Equal(1, result.PageCount);
        Assert.True(site.Exists("index.html"));
        Assert.False(site.Exists("draft/index.html"));
        Assert.DoesNotContain("Later", site.Html("index.html"));
    }

    [Fact]
    public void A_link_to_a_draft_is_broken()
    {
        using var site = TestSite.Create("""
            -- index.md --
            # Home

            Soon: [later](draft.md).
            -- draft.md --
            ---
            title: Later
            draft: true
            ---
            Not ready.
            """);
        var result = site.Build();
        Assert.StartsWith("Broken link `draft.md`: ", DiagnosticAssert.Single(result, "DS2101", "index.md", 3, 15).Message);
        Assert.False(result.Written);
        Assert.False(site.Exists("index.html"));
    }

    [Fact]
    public void Broken_front_matter_is_one_error_not_a_cascade()
    {
        using var site = TestSite.Create("-- notes.md --\n---\ntitle: [Notes\n---\nText.\n");
        var result = site.Build();
        Assert.Equal(["DS1001"], result.Diagnostics.Sorted().Select(d => d.Code));
    }
}
