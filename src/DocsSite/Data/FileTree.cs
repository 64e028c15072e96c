using System.Collections.Immutable;
using DocsSite.Diagnostics;

namespace DocsSite.Data;

/// <summary>
/// The regular files under a folder, found without ever leaving it. A symbolic link is
/// followed only when it resolves inside the folder; a link that leaves it, a FIFO, a
/// device, a socket, a link loop and a file over the size limit are each an error naming
/// the path, and nothing of them is read. Names starting with '.' are skipped unread.
/// </summary>
internal static class FileTree
{
    /// <summary>Links to folders followed in one walk; links to links to folders could otherwise multiply without a loop.</summary>
    private const int MaxLinkedFolders = 1000;

    /// <summary>'/'-separated relative path -> the file's real path, in ordinal order of the relative paths.</summary>
    /// <param name="display">Turns a relative path into the file name a diagnostic shows.</param>
    /// <param name="within">The folder links must stay inside, when wider than <paramref name="folder"/> (the theme, for its layouts).</param>
    public static SortedDictionary<string, string> Walk(string folder, DiagnosticBag diagnostics, Func<string, string> display, long maxBytes, string? within = null)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var start = RealPath.Of(folder) ?? Path.GetFullPath(folder);
        var root = within is null ? start : RealPath.Of(within) ?? Path.GetFullPath(within);
        var linkedFolders = 0;
        // Each folder still to read, with the real folders above it: a link back to one of them is a loop.
        var pending = new Stack<(string Relative, string Real, ImmutableStack<(string Relative, string Real)> Above)>();
        pending.Push(("", start, ImmutableStack<(string, string)>.Empty));
        while (pending.TryPop(out var dir))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir.Real).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DiagnosticCodes.InputUnreadable, SourceLocation.WholeFile(display(dir.Relative)), display(dir.Relative), e.Message);
                continue;
            }
            var folders = new List<(string, string, ImmutableStack<(string, string)>)>();
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                var relative = dir.Relative.Length == 0 ? entry.Name : dir.Relative + "/" + entry.Name;
                var at = SourceLocation.WholeFile(display(relative));
                var real = entry.FullName;
                var kind = PathKinds.Of(real);
                if (kind == PathKind.SymbolicLink)
                {
                    if (RealPath.Of(real) is not { } target)
                    {
                        diagnostics.Add(DiagnosticCodes.InputLinkLoop, at, relative, "a symbolic link that goes round in a loop");
                        continue;
                    }
                    kind = PathKinds.Of(target);
                    if (kind == PathKind.Missing)
                    {
                        diagnostics.Add(DiagnosticCodes.InputUnreadable, at, relative, $"it is a symbolic link to `{entry.LinkTarget}`, which does not exist.");
                        continue;
                    }
                    if (!RealPath.IsInside(target, root) || IntoHidden(root, target))
                    {
                        diagnostics.Add(DiagnosticCodes.InputLinkOutside, at,
                            relative, entry.LinkTarget, within ?? display(""));
                        continue;
                    }
                    real = target;
                }
                switch (kind)
                {
                    case PathKind.Directory:
                        var above = dir.Above.Push((dir.Relative, dir.Real));
                        if (above.FirstOrDefault(a => a.Real == real) is { Real: not null } loop)
                        {
                            diagnostics.Add(DiagnosticCodes.InputLinkLoop, at,
                                relative, $"a symbolic link back to the folder `{(loop.Relative.Length == 0 ? display("") : loop.Relative)}` that holds it, a loop");
                            continue;
                        }
                        if (real != entry.FullName && ++linkedFolders > MaxLinkedFolders)
                        {
                            diagnostics.Add(DiagnosticCodes.InputLinkLoop, at,
                                relative, $"one link to a folder too many, past the {MaxLinkedFolders} the input may hold");
                            continue;
                        }
                        folders.Add((relative, real, above));
                        break;
                    case PathKind.Regular:
                        var size = new FileInfo(real).Length;
                        if (size > maxBytes)
                        {
                            diagnostics.Add(DiagnosticCodes.InputTooLarge, at,
                                relative, $"is {Megabytes(size)}", Megabytes(maxBytes), FileLimits.Variable);
                            continue;
                        }
                        files[relative] = real;
                        break;
                    default:
                        diagnostics.Add(DiagnosticCodes.InputNotRegular, at,
                            relative, PathKinds.Describe(kind));
                        break;
                }
            }
            for (var i = folders.Count - 1; i >= 0; i--) pending.Push(folders[i]);
        }
        return files;
    }

    /// <summary>A link into a folder the walk skips (<c>.git</c>, say) would publish what the skip protects.</summary>
    private static bool IntoHidden(string root, string target) =>
        target.Length > root.Length && Path.GetRelativePath(root, target).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.'));

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB".Replace(',', '.');
}
