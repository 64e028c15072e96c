using DocsSite.Data;

namespace DocsSite.Markdown.Snippets;

/// <summary>
/// Reads a file a snippet names, under the rules the input's own files follow: a regular file whose real
/// path (every symbolic link resolved) lies inside one of the base paths and the checkout, with no hidden
/// folder or file on the way (<c>.git/config</c> may hold a token), within the size limit, in UTF-8.
/// </summary>
internal static class SnippetFiles
{
    /// <returns>The text and the file's full path, or why it cannot be included.</returns>
    public static (string? Text, string File, string? Problem) Read(string written, SnippetSettings settings)
    {
        var (text, file, problem) = Find(written, settings);
        return (text, file ?? written, problem);
    }

    private static (string? Text, string? File, string? Problem) Find(string written, SnippetSettings settings)
    {
        if (written.Length == 0 || written.Contains('\0') || written.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || Path.IsPathRooted(written))
            return (null, null, "give a path relative to a base path of pymdownx.snippets");
        foreach (var basePath in settings.BasePaths)
        {
            var candidate = Path.GetFullPath(Path.Combine(basePath, written));
            if (!RealPath.IsInside(candidate, basePath))
                return (null, null, "it leads out of the snippets' base path, and a build reads nothing outside it");
            if (PathKinds.Of(candidate) == PathKind.Missing) continue;
            if (RealPath.Of(candidate) is not { } real) return (null, candidate, "its symbolic links go round in a loop");
            if (!RealPath.IsInside(real, basePath) || !RealPath.IsInside(real, settings.Root))
                return (null, candidate, "it leads out of the snippets' base path and the repository, which are all a build may read");
            if (!RealPath.IsInside(real, settings.Readable))
                return (null, candidate, settings.Widened
                    ? $"it is outside `{settings.Readable}`, the one folder beyond the input that `--include-from` lets a build read"
                    : "it is outside the input, and a build reads nothing outside its input unless `--include-from` names a folder that holds it (for example the repository root)");
            if (Path.GetRelativePath(settings.Root, real).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))
                || written.Split('/', '\\').Any(part => part.StartsWith('.') && part is not "." and not ".."))
                return (null, candidate, "it is hidden (a name starting with `.`), and hidden files may hold secrets");
            if (PathKinds.Of(real) != PathKind.Regular) return (null, candidate, "it is not a regular file");
            if (new FileInfo(real).Length > FileLimits.MaxFileBytes)
                return (null, candidate, $"it is larger than the limit of {FileLimits.MaxFileBytes / (1024 * 1024)} MB per file ({FileLimits.Variable})");
            var (text, problem) = Utf8Text.Decode(File.ReadAllBytes(real));
            if (problem is not null) return (null, candidate, $"it is not UTF-8 text (line {problem.At.Line}, column {problem.At.Column})");
            return (text.Replace("\r\n", "\n"), candidate, null);
        }
        return (null, null, $"there is no such file under {string.Join(" or ", settings.BasePaths.Select(b => $"`{Shown(b, settings).TrimEnd('/')}/`"))} (pymdownx.snippets' `base_path`)");
    }

    /// <summary>A full path as diagnostics show it: relative to the input ("../CONTRIBUTING.md").</summary>
    public static string Shown(string full, SnippetSettings settings)
    {
        var relative = Path.GetRelativePath(settings.InputRoot, full).Replace('\\', '/');
        return relative == "." ? "./" : relative;
    }
}
