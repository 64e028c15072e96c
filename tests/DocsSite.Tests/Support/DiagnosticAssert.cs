using DocsSite.Diagnostics;
using DocsSite.Pipeline;

namespace DocsSite.Tests.Support;

internal static class DiagnosticAssert
{
    /// <summary>Asserts exactly one diagnostic with this code, at this place, and returns it for message checks.</summary>
    public static Diagnostic Single(BuildResult result, string code, string file, int line, int column) =>
        Single(result.Diagnostics, code, file, line, column);

    public static Diagnostic Single(DiagnosticBag bag, string code, string file, int line, int column)
    {
        var all = bag.Sorted();
        var matches = all.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"Expected one {code}, got:\n{string.Join('\n', all)}");
        Assert.Equal((file, line, column), (matches[0].File, matches[0].Line, matches[0].Column));
        return matches[0];
    }

    public static void Clean(BuildResult result) =>
        Assert.True(result.Diagnostics.Sorted().Count == 0, "Expected no diagnostics, got:\n" + string.Join('\n', result.Diagnostics.Sorted()));
}
