namespace DocsSite.Tests.Support;

/// <summary>
/// The two committed lists that account for every source: tests/DocsSite.Tests/Content/cited-sources.tsv
/// (a source, the fingerprint file holding its runs, and what of it was read) and
/// unobtainable-sources.tsv (a source and why its text could not be had). Tab-separated;
/// lines starting with # are comments.
/// </summary>
internal static class SourceLists
{
    /// <summary>Each row's 1-based line and its fields; a row with fewer than <paramref name="fields"/> non-empty fields throws, naming the line.</summary>
    public static IReadOnlyList<(int Line, string[] Fields)> Read(string path, int fields)
    {
        var rows = new List<(int, string[])>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            var parts = text.Split('\t');
            if (parts.Length < fields || parts.Take(fields).Any(p => p.Trim().Length == 0))
                throw new InvalidDataException($"{Path.GetFileName(path)}:{line}: expected {fields} tab-separated fields");
            rows.Add((line, parts));
        }
        return rows;
    }
}
