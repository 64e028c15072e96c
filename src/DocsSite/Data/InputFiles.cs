using System.Collections.Concurrent;
using DocsSite.Diagnostics;

namespace DocsSite.Data;

/// <summary>
/// The input folder as a list of files with '/'-separated relative paths in ordinal
/// order, so the build sees the same order whatever the file system returns. Only regular
/// files inside the folder are listed (see <see cref="FileTree"/>); nothing else is ever read.
/// </summary>
internal sealed class InputFiles
{
    private readonly string _root;
    private readonly SortedDictionary<string, string> _files;
    private readonly List<string> _all;
    private readonly DiagnosticBag _diagnostics;
    private readonly long _maxBytes;
    private readonly ConcurrentDictionary<string, byte> _reported = new(StringComparer.Ordinal);

    public InputFiles(string root, DiagnosticBag? diagnostics = null, long? maxBytes = null)
    {
        _root = Path.GetFullPath(root);
        _diagnostics = diagnostics ?? new DiagnosticBag();
        _maxBytes = maxBytes ?? FileLimits.MaxFileBytes;
        _files = FileTree.Walk(_root, _diagnostics, relative => relative.Length == 0 ? root : relative, _maxBytes);
        _all = _files.Keys.ToList();
        // Said only when the walk found nothing wrong: a page that could not be listed was already reported.
        if (!_diagnostics.HasErrors && Pages().Count == 0 && DataFiles().Count == 0)
            _diagnostics.Add(DiagnosticCodes.NothingToBuild, SourceLocation.WholeFile(root),
                root, DataLoader.Folder);
    }

    public string Root => _root;

    public IReadOnlyList<string> All => _all;

    public bool Exists(string path) => _files.ContainsKey(path);

    /// <summary>Where a listed file really is (links resolved); an unlisted path is only joined to the root.</summary>
    public string FullPath(string path) => _files.TryGetValue(path, out var real) ? real : Path.Combine(_root, path);

    /// <summary>
    /// A listed file as text. Bytes that are not UTF-8, or a NUL, are reported once (at the first
    /// bad byte) and the text comes back with U+FFFD in their place, so later steps still run and
    /// report their own problems; the error keeps the build from writing.
    /// </summary>
    public string ReadText(string path)
    {
        if (!_files.TryGetValue(path, out var real))
            throw new FileNotFoundException($"Could not find file '{path}' in the input.", path);
        var (text, problem) = Utf8Text.Decode(ReadBounded(path, real));
        if (problem is not null && _reported.TryAdd(path, 0))
            _diagnostics.Add(problem.Code, new SourceLocation(path, problem.At.Line, problem.At.Column),
                problem.Code == DiagnosticCodes.InputNulByte ? [path] : [path, problem.What]);
        return text.Replace("\r\n", "\n");
    }

    /// <summary>Reads at most the size limit, even if the file grew since it was listed.</summary>
    private byte[] ReadBounded(string path, string real)
    {
        using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > _maxBytes)
            {
                if (_reported.TryAdd(path, 0))
                    _diagnostics.Add(DiagnosticCodes.InputTooLarge, SourceLocation.WholeFile(path),
                        path, "grew while it was read", $"{_maxBytes / (1024 * 1024)} MB", FileLimits.Variable);
                return [];
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Markdown pages: every .md file outside folders whose name starts with '_'.</summary>
    public IReadOnlyList<string> Pages() =>
        _all.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !IsHidden(f)).ToList();

    public IReadOnlyList<string> DataFiles() =>
        _all.Where(f => f.StartsWith(DataLoader.Folder + "/", StringComparison.Ordinal)
            && (f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))).ToList();

    /// <summary>Everything else outside '_' folders (images, PDFs, ...) is copied as is; configuration files are not.</summary>
    public IReadOnlyList<string> StaticFiles() =>
        _all.Where(f => !IsHidden(f) && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && f != SiteSettingsReader.FileName && f != Navigation.MkDocsNav.FileName).ToList();

    private static bool IsHidden(string path) => path.Split('/').SkipLast(1).Any(part => part.StartsWith('_'));
}
