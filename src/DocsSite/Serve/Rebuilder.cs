using System.Diagnostics;
using DocsSite.Diagnostics;
using DocsSite.Pipeline;

namespace DocsSite.Serve;

/// <summary>
/// Runs one build at a time into the preview folder. Batches of changes that arrive during a
/// build wait and run as the next build, so the last saved state is always the one built.
/// A change to the body of existing pages only re-renders those pages (<see cref="PageRefresh"/>).
/// </summary>
internal sealed class Rebuilder(ServeOptions options)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _version;
    private BuildContext? _last;
    // Pages edited since the last good build whose refresh found errors: the next refresh takes them again.
    private readonly HashSet<string> _unwritten = new(StringComparer.Ordinal);

    public BuildStatus Status { get; private set; } = new(0, []);

    /// <summary>How many builds ran, full or single-page, for the terminal and for tests of the debounce.</summary>
    public int Builds { get; private set; }

    public TimeSpan LastElapsed { get; private set; }

    /// <summary>Whether the last build re-rendered single pages rather than the whole site.</summary>
    public bool LastWasPageRefresh { get; private set; }

    /// <param name="changes">Full paths that changed; empty for the first build.</param>
    public async Task<BuildStatus> BuildAsync(IReadOnlyCollection<string> changes)
    {
        await _gate.WaitAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            var errors = Refresh(changes) ?? FullBuild();
            LastElapsed = clock.Elapsed;
            Builds++;
            Status = errors.Count == 0 ? new BuildStatus(++_version, []) : Status with { Errors = errors };
            return Status;
        }
        finally
        {
            _gate.Release();
        }
    }

    private List<Diagnostic>? Refresh(IReadOnlyCollection<string> changes)
    {
        LastWasPageRefresh = false;
        if (_last is null || changes.Count == 0) return null;
        if (PageRefresh.ChangedPages(_last, options.Input, changes) is not { } pages) return null;
        var all = pages.Union(_unwritten, StringComparer.Ordinal).ToList();
        DiagnosticBag? found;
        try
        {
            found = PageRefresh.Run(_last, all);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (found is null) return null;
        LastWasPageRefresh = true;
        var errors = Errors(found);
        _unwritten.Clear();
        if (errors.Count > 0) _unwritten.UnionWith(all);
        return errors;
    }

    private List<Diagnostic> FullBuild()
    {
        _unwritten.Clear();
        BuildContext? context = null;
        BuildResult result;
        try
        {
            result = BuildPipeline.Run(new BuildOptions(options.Input, options.Theme, options.Output, IncludeFrom: options.IncludeFrom), finished: c => context = c);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file caught half-written or mid-rename: reported like the build reports it; the next save builds again.
            var bag = new DiagnosticBag();
            bag.Add(DiagnosticCodes.InputUnreadable, SourceLocation.WholeFile(options.Input), options.Input, e.Message);
            return Errors(bag);
        }
        var errors = Errors(result.Diagnostics);
        // Only a good build is a base for single-page refreshes; after a failed one, the next change builds everything.
        _last = errors.Count == 0 ? context : null;
        return errors;
    }

    private static List<Diagnostic> Errors(DiagnosticBag bag) => bag.Sorted().Where(d => d.Severity == Severity.Error).ToList();
}
