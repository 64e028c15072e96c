namespace DocsSite.Navigation;

/// <summary>Turns a link written in a table of contents into a path under the input root.</summary>
internal static class TocPaths
{
    /// <returns>The path, or null for external URLs, empty links (mdBook's draft chapters) and paths leaving the input.</returns>
    public static string? Resolve(string url, string folder)
    {
        if (url.Length == 0 || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return null;
        var hash = url.IndexOf('#');
        if (hash >= 0) url = url[..hash];
        if (url.Length == 0) return null;
        var decoded = Rendering.LinkTarget.Decode(url);
        var parts = new List<string>();
        if (!decoded.StartsWith('/') && folder.Length > 0) parts.AddRange(folder.Split('/'));
        foreach (var part in decoded.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        var path = string.Join('/', parts);
        return decoded.EndsWith('/') && path.Length > 0 ? path + "/" : path;
    }
}
