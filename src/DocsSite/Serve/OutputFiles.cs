namespace DocsSite.Serve;

/// <summary>
/// Maps a request path to a file of the built output, and to nothing outside it: a segment that is
/// <c>.</c> or <c>..</c> (however it was encoded), a backslash, a drive or NUL, or a symbolic link
/// whose target lies outside the output, finds no file.
/// </summary>
internal sealed class OutputFiles(string root)
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    public string Root => _root;

    /// <param name="decodedPath">The request path, percent-decoded (as ASP.NET Core gives it).</param>
    /// <returns>The file, or null; <paramref name="isFolder"/> is true when the path names a folder that has an index.html.</returns>
    public string? Find(string decodedPath, out bool isFolder)
    {
        isFolder = false;
        if (!decodedPath.StartsWith('/')) return null;
        var segments = decodedPath[1..].Split('/');
        var parts = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0)
            {
                // "//" never names anything; a trailing "/" asks for the folder's index.
                if (i == segments.Length - 1) break;
                return null;
            }
            if (segment is "." or ".." || segment.IndexOfAny(['\\', ':', '\0']) >= 0) return null;
            parts.Add(segment);
        }
        var path = Path.Combine([_root, .. parts]);
        if (!Inside(path)) return null;
        if (Directory.Exists(path))
        {
            var index = Path.Combine(path, "index.html");
            if (!File.Exists(index) || !Safe(index)) return null;
            isFolder = !decodedPath.EndsWith('/');
            return index;
        }
        return File.Exists(path) && Safe(path) ? path : null;
    }

    /// <summary>Every part of the path below the root is a real folder or file, or a link that stays inside.</summary>
    private bool Safe(string path)
    {
        for (var current = path; current.Length > _root.Length; current = Path.GetDirectoryName(current)!)
        {
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null) continue;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !Inside(target.FullName)) return false;
        }
        return true;
    }

    private bool Inside(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
