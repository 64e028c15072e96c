using System.Diagnostics;
using DocsSite.Tests.Support;
using static DocsSite.Tests.Hostile.RobustRun;

namespace DocsSite.Tests.Hostile;

/// <summary>
/// Diagnostics that point at the cause: tabs, aliases, deep YAML, unclosed front matter, duplicate
/// keys, wrong types, byte-order marks and every kind of line ending, and broken layouts.
/// </summary>
public sealed class YamlDiagnosticsTests
{
    private const string Home = "-- index.md --\n# Home\n";

    private static Action<TestSite> Raw(string path, string text) =>
        site =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.Input, path))!);
            File.WriteAllText(Path.Combine(site.Input, path), text);
        };

    [Fact]
    public async Task A_tab_indenting_a_field_is_reported_at_the_tab()
    {
        var line = await FailsAt(Home, Raw("_data/sources.yml", "- id: a\n  title: A\n\tpublisher: X\n"), "DS1001", "_data/sources.yml", 3, 1);
        Assert.Contains("a tab indents this line", line);
    }

    [Fact]
    public async Task A_tab_inside_a_block_scalar_is_reported_at_the_tab_not_at_the_mapping() =>
        await FailsAt(Home, Raw("_data/sources.yml", "- id: a\n  title: A\n  notes: |\n    fine\n\tnot fine\n"), "DS1001", "_data/sources.yml", 5, 1);

    [Fact]
    public async Task A_tab_in_front_matter_is_reported_at_its_line_in_the_page() =>
        await FailsAt(Home, Raw("other.md", "---\ntitle: Other\n\tdescription: x\n---\n# Other\n"), "DS1001", "other.md", 3, 1);

    [Fact]
    public async Task A_tab_after_spaces_on_the_failing_line_is_named_even_when_yaml_does_not_say_tab() =>
        // YamlDotNet calls this an invalid mapping; the tab in the line's indentation is the cause.
        await FailsAt(Home, Raw("other.md", "---\ntitle: Other\n  \tdescription: x\n---\n# Other\n"), "DS1001", "other.md", 3, 3);

    [Fact]
    public async Task A_billion_laughs_bomb_is_refused_quickly_at_its_first_collection_alias()
    {
        var bomb = "- &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"- &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n"));
        var clock = Stopwatch.StartNew();
        var line = await FailsAt(Home, Raw("_data/sources.yml", bomb), "DS1014", "_data/sources.yml", 2, 7);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains("`*a` repeats a list or mapping", line);
    }

    [Fact]
    public async Task A_self_referencing_alias_is_refused() =>
        await FailsAt(Home, Raw("_data/sources.yml", "- id: a\n  title: A\n  notes: &x [1, *x]\n"), "DS1014", "_data/sources.yml", 3, 17);

    [Fact]
    public async Task An_alias_of_a_single_value_is_fine()
    {
        using var site = TestSite.Create(Home + "-- _data/sources.yml --\n- id: a\n  title: &t A title\n  publisher: *t\n");
        var (code, _, error) = await Build(site);
        Assert.Equal(0, code);
        Assert.DoesNotContain("error", error);
    }

    [Fact]
    public async Task Yaml_nested_a_hundred_thousand_deep_is_refused_where_the_limit_is_passed()
    {
        // The sequence (1) and the record (2) count: the 63rd bracket, at column 10 + 62, is level 65.
        var line = await FailsAt(Home, Raw("_data/sources.yml", "- id: a\n  title: A\n  notes: " + new string('[', 100_000) + new string(']', 100_000) + "\n"),
            "DS1013", "_data/sources.yml", 3, 72);
        Assert.Contains("more than 64 levels", line);
    }

    [Fact]
    public async Task Front_matter_that_is_never_closed_is_an_error_at_line_1_not_page_text()
    {
        var line = await FailsAt(Home, Raw("other.md", "---\ntitle: Other\n\n# Other\n\nText.\n"), "DS1001", "other.md", 1, 1);
        Assert.Contains("never closed", line);
    }

    [Fact]
    public async Task A_duplicate_key_in_front_matter_is_reported_at_the_second_key() =>
        await FailsAt(Home, Raw("other.md", "---\ntitle: A\norder: 1\ntitle: B\n---\n# Other\n"), "DS1007", "other.md", 4, 1);

    [Fact]
    public async Task A_word_where_a_number_belongs_is_reported_at_the_value() =>
        await FailsAt(Home, Raw("other.md", "---\ntitle: Other\norder: soon\n---\n"), "DS1004", "other.md", 3, 8);

    [Fact]
    public async Task A_list_where_text_belongs_is_reported_at_the_list() =>
        await FailsAt(Home, Raw("_data/sources.yml", "- id: a\n  title: [A, B]\n"), "DS1004", "_data/sources.yml", 2, 10);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Positions_in_data_are_the_same_whatever_the_line_endings(string newline) =>
        await FailsAt(Home, Raw("_data/sources.yml", "- id: a\n  title: A\n  notes: |\n    Fine.\n    See [[nope]].\n".Replace("\n", newline)),
            "DS2001", "_data/sources.yml", 5, 9);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Positions_in_pages_are_the_same_whatever_the_line_endings(string newline) =>
        await FailsAt(Home, Raw("other.md", "---\ntitle: Other\n---\n\nText.\n\nA [broken](nope.md) link.\n".Replace("\n", newline)),
            "DS2101", "other.md", 7, 12);

    [Fact]
    public async Task Mixed_line_endings_in_one_page_keep_every_position() =>
        await FailsAt(Home, Raw("other.md", "# Other\r\n\r\nOne\r\rTwo\n\nSee [x](nope.md).\r\n"), "DS2101", "other.md", 7, 9);

    [Fact]
    public async Task A_byte_order_mark_moves_no_position_in_yaml() =>
        await FailsAt(Home, Raw("_data/sources.yml", "\uFEFF- id: a\n  title: A\n  title: B\n"), "DS1007", "_data/sources.yml", 3, 3);

    [Fact]
    public async Task Front_matter_after_a_byte_order_mark_is_still_front_matter() =>
        await FailsAt(Home, Raw("other.md", "\uFEFF---\ntitle: Other\n---\n\nSee [x](nope.md).\n"), "DS2101", "other.md", 5, 9);

    [Fact]
    public async Task An_empty_base_layout_is_one_theme_error_naming_it_without_false_link_errors()
    {
        const string site = "-- index.md --\n# Home\n\nSee [part](other.md#part).\n-- other.md --\n# Other\n\n## Part\n";
        var line = await FailsAt(site, _ => { }, "DS3004", "theme/layouts/base.hbs", 0, 0,
            theme: s => s.ThemeWith(("layouts/base.hbs", "")));
        Assert.Contains("the file is empty", line);
    }

    [Fact]
    public async Task A_layout_that_renders_only_whitespace_is_named()
    {
        const string site = "-- index.md --\n# Home\n\nSee [part](other.md#part).\n-- other.md --\n# Other\n\n## Part\n";
        await FailsAt(site, _ => { }, "DS3004", "theme/layouts/article.hbs", 0, 0,
            theme: s => s.ThemeWith(("layouts/article.hbs", "{{#unless content}}{{{content}}}{{/unless}}\n")));
    }

    [Fact]
    public async Task A_missing_base_layout_is_reported_once_at_the_template() =>
        await FailsAt("-- index.md --\n# Home\n-- a.md --\n# A\n-- b.md --\n# B\n", _ => { }, "DS3003", "theme/layouts/base.hbs", 0, 0,
            theme: s =>
            {
                var theme = s.ThemeWith();
                File.Delete(Path.Combine(theme, "layouts/base.hbs"));
                return theme;
            });

    [Theory]
    [InlineData("{{#if}}x{{/if}}")]   // Handlebars.Net fails with InvalidOperationException, not its own exception
    [InlineData("{{> }}")]
    public async Task A_template_that_does_not_compile_is_one_theme_error_naming_it(string template)
    {
        var line = await FailsAt(Home, _ => { }, "DS3001", "theme/layouts/home.hbs", 0, 0,
            theme: s => s.ThemeWith(("layouts/home.hbs", template)));
        Assert.Contains("does not compile", line);
    }
}
