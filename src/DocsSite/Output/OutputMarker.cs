namespace DocsSite.Output;

/// <summary>
/// The file <c>.docssite-output</c> that marks a folder as DocsSite's own. It lists the
/// files the build wrote there (site paths only, nothing else), so a later build can tell
/// them from a file somebody put in by hand, which it must never delete. While a spare is
/// being written, the marker says so and the whole folder is the build's.
/// </summary>
internal static class OutputMarker
{
    public const string FileName = ".docssite-output";

    private const string Header = "This folder is written by DocsSite: a build replaces it as a whole. Files the last build wrote:";
    private const string Building = "This folder is being written by DocsSite; every file in it is the build's.";

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    public static void WriteBuilding(string folder) => WriteAtomically(folder, Building + "\n");

    public static void WriteComplete(string folder, IEnumerable<string> files) =>
        WriteAtomically(folder, Header + "\n" + string.Concat(files.Order(StringComparer.Ordinal).Select(f => f + "\n")));

    /// <summary>What the marker in <paramref name="folder"/> claims: nothing when there is none, everything when the folder is mid-build.</summary>
    public static Claim Read(string folder)
    {
        var path = PathIn(folder);
        if (Data.PathKinds.Of(path) != Data.PathKind.Regular) return new Claim(false, false, new HashSet<string>());
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header) return new Claim(true, true, new HashSet<string>());
        return new Claim(true, false, lines.Skip(1).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>A rename replaces the marker whole, so a crash never leaves half a list.</summary>
    private static void WriteAtomically(string folder, string text)
    {
        var temporary = PathIn(folder) + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, PathIn(folder), overwrite: true);
    }

    /// <param name="Marked">The folder has a marker.</param>
    /// <param name="Everything">The marker claims every file (a spare cut short mid-build, or a marker that cannot be read as a list).</param>
    /// <param name="Files">Relative '/'-separated paths the last build wrote.</param>
    internal sealed record Claim(bool Marked, bool Everything, IReadOnlySet<string> Files);
}
