using DocsSite.Diagnostics;
using DocsSite.Tests.Support;
using DocsSite.Yaml;

namespace DocsSite.Tests.Yaml;

public sealed class YamlLoaderTests
{
    private static DiagnosticBag Load(string yaml, int lineOffset = 0)
    {
        var bag = new DiagnosticBag();
        YamlLoader.Load(yaml, "data.yml", lineOffset, bag);
        return bag;
    }

    [Fact]
    public void An_unclosed_flow_list_is_a_syntax_error_with_a_position()
    {
        // YamlDotNet throws InvalidOperationException here, without a position of its own.
        var d = DiagnosticAssert.Single(Load("a: [1, 2\nb: 3"), "DS1001", "data.yml", 2, 1);
        Assert.Contains("not closed", d.Message);
    }

    [Fact]
    public void A_duplicate_key_names_the_key_and_its_line() =>
        Assert.Contains("`a`", DiagnosticAssert.Single(Load("a: 1\na: 2\n"), "DS1007", "data.yml", 2, 1).Message);

    [Fact]
    public void An_unterminated_string_points_at_where_it_opens() =>
        DiagnosticAssert.Single(Load("- id: x\n  title: \"open\n"), "DS1001", "data.yml", 2, 10);

    [Fact]
    public void Line_numbers_count_from_the_start_of_the_file_not_of_the_yaml() =>
        DiagnosticAssert.Single(Load("a: 1\na: 2\n", lineOffset: 1), "DS1007", "data.yml", 3, 1);
}
