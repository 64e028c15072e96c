using System.Text;

namespace DocsSite.Output;

/// <summary>
/// Writes a site beside the live output and swaps it in with renames, so a failed or
/// interrupted write never leaves the last good output half-replaced.
///
/// Two generations are kept: the live folder and a hidden spare beside it (".NAME.spare").
/// The next build brings the spare up to date and swaps again, rewriting only files whose
/// bytes changed and deleting only files that went away, instead of writing and deleting
/// every file of the site on every build.
/// </summary>
internal sealed class OutputFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _live;
    private readonly string _spare;
    private readonly string _retiring;
    private readonly HashSet<string> _expected = new(StringComparer.Ordinal);

    public OutputFolder(string output)
    {
        _live = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_live)!;
        var name = Path.GetFileName(_live);
        _spare = Path.Combine(parent, $".{name}.spare");
        _retiring = Path.Combine(parent, $".{name}.retiring");
        Directory.CreateDirectory(parent);
        // A swap cut short by a crash leaves the last good output under the retiring name.
        if (!Directory.Exists(_live) && Directory.Exists(_retiring)) Directory.Move(_retiring, _live);
        if (Directory.Exists(_retiring)) Directory.Delete(_retiring, recursive: true);
        Directory.CreateDirectory(_spare);
    }

    /// <summary>Writes text unless the spare already holds exactly these bytes.</summary>
    public void WriteText(string relativePath, string text)
    {
        var path = Expect(relativePath);
        var bytes = Utf8.GetBytes(text);
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Copies a file unless the spare holds one of the same size written at the same time.</summary>
    public void CopyFile(string source, string relativePath)
    {
        var path = Expect(relativePath);
        var from = new FileInfo(source);
        var to = new FileInfo(path);
        if (to.Exists && to.Length == from.Length && to.LastWriteTimeUtc == from.LastWriteTimeUtc) return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
        File.SetLastWriteTimeUtc(path, from.LastWriteTimeUtc);
    }

    /// <summary>Removes what the new site no longer has, then swaps the spare in and keeps the old live folder as the next spare.</summary>
    public void Commit()
    {
        foreach (var file in Directory.EnumerateFiles(_spare, "*", SearchOption.AllDirectories))
            if (!_expected.Contains(file)) File.Delete(file);
        foreach (var dir in Directory.EnumerateDirectories(_spare, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);

        if (Directory.Exists(_live)) Directory.Move(_live, _retiring);
        Directory.Move(_spare, _live);
        if (Directory.Exists(_retiring)) Directory.Move(_retiring, _spare);
    }

    private string Expect(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(_spare, relativePath));
        lock (_expected) _expected.Add(path);
        return path;
    }
}
