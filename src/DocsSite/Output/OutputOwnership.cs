using DocsSite.Data;

namespace DocsSite.Output;

/// <summary>
/// Decides whether a build may replace a folder: only one that is missing, empty, or marked
/// by an earlier build and holding nothing that build did not write. Anything else belongs
/// to somebody, and a build that replaced it would lose their files.
/// </summary>
internal static class OutputOwnership
{
    /// <summary>
    /// Why a build may not write to <paramref name="output"/>, or null: the live folder, its spare
    /// (<c>.NAME.spare</c>) and a swap left half-done (<c>.NAME.retiring</c>) must all be the build's own.
    /// </summary>
    public static string? ProblemWith(string output) => Survey(output).Problem;

    /// <summary>
    /// <see cref="ProblemWith"/>, and when there is none, the spare's listing. The live folder and the spare
    /// are listed at once: on a large site each listing is mostly the file system's work, not the processor's.
    /// </summary>
    public static OutputSurvey Survey(string output)
    {
        var live = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(live) is not { } parent) return OutputSurvey.Refused($"`{output}` is the root of the file system; choose a folder for the output.");
        var name = Path.GetFileName(live);
        var spare = Task.Run(() => Problem(Path.Combine(parent, $".{name}.spare"), $".{name}.spare` beside `{output}"));
        var problem = Problem(live, output).Problem;
        var (spareProblem, spareListing) = spare.GetAwaiter().GetResult();
        problem ??= spareProblem ?? Problem(Path.Combine(parent, $".{name}.retiring"), $".{name}.retiring` beside `{output}").Problem;
        return problem is not null ? OutputSurvey.Refused(problem)
            : spareListing is null ? new OutputSurvey(null, [], [])
            : new OutputSurvey(null, spareListing.Files, spareListing.Folders);
    }

    /// <summary>
    /// Why <paramref name="folder"/> may not be replaced, or null, and what it holds when that had to be
    /// listed (null for a missing folder, or one the marker claims whole). <paramref name="shown"/> is its name as the user gave it.
    /// </summary>
    private static (string? Problem, FolderListing? Listing) Problem(string folder, string shown)
    {
        var kind = PathKinds.Of(folder);
        if (kind == PathKind.Missing) return (null, null);
        if (kind == PathKind.SymbolicLink)
            return ($"`{shown}` is a symbolic link; give the real folder, or a new one, as --output.", null);
        if (kind != PathKind.Directory)
            return ($"`{shown}` is {PathKinds.Describe(kind)}, not a folder; choose a folder for the output.", null);
        var claim = OutputMarker.Read(folder);
        if (!claim.Marked)
        {
            var entries = TopLevel(folder);
            return (entries.Count == 0
                ? null
                : $"`{shown}` is not empty and was not written by DocsSite: it holds {List(entries)}; choose an empty folder or delete it.", null);
        }
        var listing = FolderListing.Of(folder);
        if (claim.Everything) return (null, listing);
        var foreign = listing.Files.Where(f => f != OutputMarker.FileName && !claim.Files.Contains(f)).ToList();
        return (foreign.Count == 0
            ? null
            : $"`{shown}` holds {List(foreign)}, which DocsSite did not write; a build would delete {(foreign.Count == 1 ? "it" : "them")}. "
              + "Put files the site needs in the input folder (they are copied), or move them away.", listing);
    }

    private static List<string> TopLevel(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos()
            .Select(e => e.Attributes.HasFlag(FileAttributes.Directory) && !e.Attributes.HasFlag(FileAttributes.ReparsePoint) ? e.Name + "/" : e.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>"README.md, img/ and 12 more".</summary>
    private static string List(IReadOnlyList<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        var shown = sorted.Take(sorted.Count == 3 ? 3 : 2).ToList();
        var rest = sorted.Count - shown.Count;
        return rest > 0
            ? string.Join(", ", shown) + $" and {rest} more"
            : shown.Count == 1 ? shown[0] : string.Join(", ", shown.SkipLast(1)) + " and " + shown[^1];
    }
}
