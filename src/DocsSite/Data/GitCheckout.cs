namespace DocsSite.Data;

/// <summary>The git checkout a folder lies in: the nearest folder at or above it holding <c>.git</c> (a folder, or a file in a worktree or submodule).</summary>
internal static class GitCheckout
{
    /// <returns>The checkout's root as a full path without a trailing separator, or null outside a checkout.</returns>
    public static string? RootOf(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                return dir.FullName.TrimEnd(Path.DirectorySeparatorChar);
        return null;
    }
}
