namespace DocsSite.Serve;

/// <summary>
/// Watches the input and theme folders and reports the changed paths once they have been quiet
/// for the quiet period: saving five times in a row, or an editor writing a temporary file and
/// renaming it over the page, becomes one batch.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<IReadOnlyCollection<string>> _changed;
    private readonly TimeSpan _quiet;
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);

    private readonly string _output;
    private readonly string _outputSiblings;

    /// <param name="output">The preview folder: its own writes (and its spare, beside it) are never changes, even inside a watched folder.</param>
    public ChangeWatcher(IEnumerable<string> folders, string output, TimeSpan quiet, Action<IReadOnlyCollection<string>> changed)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        _output = full + Path.DirectorySeparatorChar;
        _outputSiblings = Path.Combine(Path.GetDirectoryName(full) ?? "", "." + Path.GetFileName(full));
        _changed = changed;
        _quiet = quiet;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Note(e.OldFullPath);
                Note(e.FullPath);
            };
            // Too many events at once: the list is lost, so rebuild everything.
            watcher.Error += (_, _) => Note("");
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Note(string path)
    {
        if (path.Length > 0 && (IsEditorScratch(Path.GetFileName(path)) || IsOutput(path))) return;
        lock (_lock)
        {
            _pending.Add(path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        HashSet<string> batch;
        lock (_lock)
        {
            if (_pending.Count == 0) return;
            batch = _pending;
            _pending = new HashSet<string>(StringComparer.Ordinal);
        }
        _changed(batch);
    }

    private bool IsOutput(string path) =>
        (path + Path.DirectorySeparatorChar).StartsWith(_output, StringComparison.Ordinal)
        || path.StartsWith(_outputSiblings, StringComparison.Ordinal);

    /// <summary>Swap, backup and lock files editors keep beside the file (vim, emacs, JetBrains); the rename that follows them is what counts.</summary>
    private static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
        || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913";

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
