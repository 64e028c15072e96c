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
    public static string? ProblemWith(string output)
    {
        var live = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(live) is not { } parent) return $"`{output}` is the root of the file system; choose a folder for the output.";
        var name = Path.GetFileName(live);
        return Problem(live, output)
            ?? Problem(Path.Combine(parent, $".{name}.spare"), $".{name}.spare` beside `{output}")
            ?? Problem(Path.Combine(parent, $".{name}.retiring"), $".{name}.retiring` beside `{output}");
    }

    /// <summary>Why <paramref name="folder"/> may not be replaced, or null. <paramref name="shown"/> is its name as the user gave it.</summary>
    public static string? Problem(string folder, string shown)
    {
        var kind = PathKinds.Of(folder);
        if (kind == PathKind.Missing) return null;
        if (kind == PathKind.SymbolicLink)
            return $"`{shown}` is a symbolic link; give the real folder, or a new one, as --output.";
        if (kind != PathKind.Directory)
            return $"`{shown}` is {PathKinds.Describe(kind)}, not a folder; choose a folder for the output.";
        var claim = OutputMarker.Read(folder);
        if (!claim.Marked)
        {
            var entries = TopLevel(folder);
            return entries.Count == 0
                ? null
                : $"`{shown}` is not empty and was not written by DocsSite: it holds {List(entries)}; choose an empty folder or delete it.";
        }
        if (claim.Everything) return null;
        var foreign = Files(folder).Where(f => f != OutputMarker.FileName && !claim.Files.Contains(f)).ToList();
        return foreign.Count == 0
            ? null
            : $"`{shown}` holds {List(foreign)}, which DocsSite did not write; a build would delete {(foreign.Count == 1 ? "it" : "them")}. "
              + "Put files the site needs in the input folder (they are copied), or move them away.";
    }

    /// <summary>Every file and link under <paramref name="folder"/>, relative and '/'-separated; links are listed, never followed.</summary>
    public static IEnumerable<string> Files(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.TryPop(out var dir))
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
            {
                if (entry.Attributes.HasFlag(FileAttributes.Directory) && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    pending.Push(entry.FullName);
                else
                    yield return Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
            }
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
