using System.Buffers;
using System.Collections.Concurrent;
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
///
/// Both generations carry <see cref="OutputMarker"/>; a folder without it, or holding a file
/// the marker does not list, is refused (<see cref="OutputOwnership"/>), so a build never
/// deletes a file that a build did not write.
/// </summary>
internal sealed class OutputFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly StringComparer PathComparer = StringComparer.Ordinal;
    private readonly string _live;
    private readonly string _spare;
    private readonly string _retiring;
    private readonly HashSet<string> _expected = new(PathComparer);
    private readonly HashSet<string> _expectedFolders = new(PathComparer);
    private readonly ConcurrentDictionary<string, byte> _readyFolders = new(PathComparer);
    private readonly OutputSurvey _survey;

    /// <param name="output">The live folder.</param>
    /// <param name="surveyed">
    /// What the output held when the caller took its lock (<see cref="OutputLock.TakeToWrite"/>), so a large site is
    /// not listed twice; null: it is listed now. Files added to the spare since are kept, never deleted unseen.
    /// </param>
    /// <exception cref="OutputRefusedException">The output, its spare or a swap left half-done holds files DocsSite did not write.</exception>
    public OutputFolder(string output, OutputSurvey? surveyed = null)
    {
        _survey = surveyed ?? OutputOwnership.Survey(output);
        if (_survey.Problem is { } problem) throw new OutputRefusedException(problem);
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
        OutputMarker.WriteBuilding(_spare);
        _readyFolders[_spare] = 0;
        // The spare's folders are looked at again as files go in (MakeFolder), not taken from the listing:
        // one replaced by a link since it was listed must not be written through.
    }

    /// <summary>
    /// Every folder between the spare and <paramref name="path"/> is still a real folder: the spare was listed when
    /// the build began, and a folder replaced by a link since must not lead a deletion out of the output.
    /// </summary>
    private bool UnderRealFolders(string path)
    {
        for (var folder = Path.GetDirectoryName(path)!; folder.Length > _spare.Length; folder = Path.GetDirectoryName(folder)!)
            if (!_readyFolders.ContainsKey(folder) && Data.PathKinds.Of(folder) != Data.PathKind.Directory) return false;
        return true;
    }

    private string Full(string relative) => Path.Combine(_spare, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Where the site is served from.</summary>
    public string Live => _live;

    /// <summary>Writes text as UTF-8 unless the spare already holds exactly these bytes.</summary>
    public void WriteText(string relativePath, string text)
    {
        // Pages are encoded into a rented buffer: ten thousand of them would otherwise be as many arrays to collect.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            WriteBytes(relativePath, new ReadOnlySequence<byte>(buffer, 0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes bytes, which may come in pieces (<see cref="Outputs.ByteSequenceBuilder"/>), unless the spare already holds exactly these.</summary>
    public void WriteBytes(string relativePath, ReadOnlySequence<byte> bytes)
    {
        var path = Expect(relativePath);
        MakeRoom(path);
        if (Holds(path, bytes)) return;
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        foreach (var piece in bytes) file.Write(piece.Span);
    }

    /// <summary>The file exists and holds exactly these bytes (read into a rented buffer, compared in place).</summary>
    private static bool Holds(string path, ReadOnlySequence<byte> bytes)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        using (file)
        {
            if (file.Length != bytes.Length) return false;
            var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(bytes.Length, 32 * 1024) + 1);
            try
            {
                foreach (var piece in bytes)
                    for (var at = 0; at < piece.Length;)
                    {
                        var read = file.Read(buffer, 0, Math.Min(buffer.Length, piece.Length - at));
                        if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(piece.Span.Slice(at, read))) return false;
                        at += read;
                    }
                return file.Read(buffer, 0, 1) == 0;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Copies a file unless the spare already holds exactly its bytes (size and time alone can match after an edit).</summary>
    public void CopyFile(string source, string relativePath)
    {
        var path = Expect(relativePath);
        var from = new FileInfo(source);
        MakeRoom(path);
        var to = new FileInfo(path);
        if (to.Exists && to.Length == from.Length && SameBytes(source, path))
        {
            if (to.LastWriteTimeUtc != from.LastWriteTimeUtc) File.SetLastWriteTimeUtc(path, from.LastWriteTimeUtc);
            return;
        }
        File.Copy(source, path, overwrite: true);
        File.SetLastWriteTimeUtc(path, from.LastWriteTimeUtc);
    }

    /// <summary>Removes what the new site no longer has, then swaps the spare in and keeps the old live folder as the next spare.</summary>
    public void Commit()
    {
        var marker = OutputMarker.PathIn(_spare);
        foreach (var file in _survey.SpareFiles)
        {
            var full = Full(file);
            // A file where a folder now stands was already cleared by MakeRoom.
            if (_expected.Contains(full) || _expectedFolders.Contains(full) || full == marker || !UnderRealFolders(full)) continue;
            try
            {
                File.Delete(full);
            }
            catch (DirectoryNotFoundException)
            {
                // Its folder went with it, for a file of the same name (MakeRoom).
            }
        }
        // Deepest first, so a folder emptied by its children's removal goes too.
        foreach (var folder in _survey.SpareFolders.Select(Full).Where(f => !_expectedFolders.Contains(f) && !_expected.Contains(f)).OrderByDescending(f => f.Length))
        {
            if (!UnderRealFolders(folder)) continue;
            switch (Data.PathKinds.Of(folder))
            {
                case Data.PathKind.Directory:
                    if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
                    break;
                case Data.PathKind.Missing:
                    break;
                default:
                    // Made a link (or anything else) since it was listed: the entry goes, never what it points to.
                    File.Delete(folder);
                    break;
            }
        }
        OutputMarker.WriteComplete(_spare, _expected.Select(f => Path.GetRelativePath(_spare, f).Replace('\\', '/')));

        if (Directory.Exists(_live)) Directory.Move(_live, _retiring);
        Directory.Move(_spare, _live);
        if (Directory.Exists(_retiring)) Directory.Move(_retiring, _spare);
    }

    /// <summary>
    /// Records a destination; two that would need one path as both a file and a folder
    /// (<c>a</c> and <c>a/index.html</c>) are refused here rather than fought over on disk.
    /// </summary>
    private string Expect(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(_spare, relativePath));
        if (!path.StartsWith(_spare + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"`{relativePath}` would be written outside the output.");
        lock (_expected)
        {
            if (_expectedFolders.Contains(path))
                throw new IOException($"`{relativePath}` is both a file and a folder of the output.");
            for (var folder = Path.GetDirectoryName(path)!; folder.Length > _spare.Length; folder = Path.GetDirectoryName(folder)!)
            {
                if (_expected.Contains(folder))
                    throw new IOException($"`{Path.GetRelativePath(_spare, folder)}` is both a file and a folder of the output.");
                _expectedFolders.Add(folder);
            }
            _expected.Add(path);
        }
        return path;
    }

    /// <summary>
    /// The spare is the build's own, so whatever stands in the way of <paramref name="path"/> goes:
    /// a file where a folder is now needed (<c>LICENSE</c> became <c>LICENSE/index.html</c>), a
    /// folder where a file is now needed, and any symbolic link, which is never written through.
    /// </summary>
    private void MakeRoom(string path)
    {
        MakeFolder(Path.GetDirectoryName(path)!);
        switch (Data.PathKinds.Of(path))
        {
            case Data.PathKind.Directory: Directory.Delete(path, recursive: true); break;
            case Data.PathKind.Missing or Data.PathKind.Regular: break;
            default: File.Delete(path); break;
        }
    }

    private void MakeFolder(string folder)
    {
        if (_readyFolders.ContainsKey(folder)) return;
        MakeFolder(Path.GetDirectoryName(folder)!);
        var kind = Data.PathKinds.Of(folder);
        if (kind != Data.PathKind.Directory)
        {
            if (kind != Data.PathKind.Missing) File.Delete(folder);
            Directory.CreateDirectory(folder);
        }
        _readyFolders[folder] = 0;
    }

    private static bool SameBytes(string a, string b)
    {
        using var first = File.OpenRead(a);
        using var second = File.OpenRead(b);
        var x = new byte[65536];
        var y = new byte[65536];
        while (true)
        {
            var read = first.ReadAtLeast(x, x.Length, throwOnEndOfStream: false);
            if (second.ReadAtLeast(y, y.Length, throwOnEndOfStream: false) != read) return false;
            if (read == 0) return true;
            if (!x.AsSpan(0, read).SequenceEqual(y.AsSpan(0, read))) return false;
        }
    }
}
