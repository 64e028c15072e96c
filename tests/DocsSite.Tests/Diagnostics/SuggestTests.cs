using DocsSite.Diagnostics;

namespace DocsSite.Tests.Diagnostics;

public sealed class SuggestTests
{
    [Theory]
    [InlineData("hypervisr", "hypervisor")]
    [InlineData("containers", "container")]
    [InlineData("Title", "title")]
    public void Suggests_the_closest_candidate(string wrong, string expected) =>
        Assert.Equal(expected, Suggest.Closest(wrong, ["hypervisor", "container", "title", "kernel"]));

    [Fact]
    public void Suggests_nothing_for_an_unrelated_word() =>
        Assert.Null(Suggest.Closest("banana", ["hypervisor", "container"]));

    [Fact]
    public void Every_code_in_the_catalogue_is_unique_and_documented()
    {
        var codes = DiagnosticCodes.All().Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var doc = File.ReadAllText(Path.Combine(Support.Repo.Root, "docs", "diagnostics.md"));
        // A heading per code: the help link (docs/diagnostics.md#ds2101) lands on it.
        Assert.All(DiagnosticCodes.All(), d => Assert.Contains($"\n### {d.Code}\n", doc));
        Assert.All(DiagnosticCodes.All(), d => Assert.Equal($"docs/diagnostics.md#{d.Code.ToLowerInvariant()}", d.HelpLink));
    }
}
