namespace DocsSite.Data;

/// <summary>
/// The input folder as a list of files with '/'-separated relative paths in ordinal
/// order, so the build sees the same order whatever the file system returns.
/// </summary>
internal sealed class InputFiles
{
    private readonly string _root;
    private readonly List<string> _all;

    public InputFiles(string root)
    {
        _root = Path.GetFullPath(root);
        _all = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public string Root => _root;

    public IReadOnlyList<string> All => _all;

    public bool Exists(string path) => File.Exists(FullPath(path));

    public string FullPath(string path) => Path.Combine(_root, path);

    public string ReadText(string path) => File.ReadAllText(FullPath(path)).Replace("\r\n", "\n");

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
