using System.Collections.Concurrent;

namespace DocsSite.Diagnostics;

/// <summary>
/// Collects diagnostics from steps that may run in parallel. Reading them back
/// sorts by file, line, column and code, so the report is the same on every run.
/// </summary>
internal sealed class DiagnosticBag
{
    // A set: the same problem reported twice (data Markdown shown on several pages) is kept once.
    private readonly ConcurrentDictionary<Diagnostic, byte> _items = new();

    /// <summary>Per-code severity from site.yml; applies to what is reported after it is set.</summary>
    public SeverityOverrides Overrides { get; set; } = SeverityOverrides.None;

    /// <summary>Adds a diagnostic once: data Markdown shown on several pages reports its problem once.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (Overrides.Apply(diagnostic) is { } configured) _items.TryAdd(configured, 0);
    }

    public void Add(DiagnosticDescriptor descriptor, SourceLocation at, params object?[] args) =>
        Add(Diagnostic.Create(descriptor, at, args));

    public bool HasErrors => _items.Keys.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Keys.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Keys.Count(d => d.Severity == Severity.Warning);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Keys.OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();

    /// <summary>Turns every warning into an error, for <c>--strict</c>.</summary>
    public void PromoteWarnings()
    {
        var all = _items.Keys.ToArray();
        _items.Clear();
        foreach (var d in all)
            _items.TryAdd(d with { Severity = Severity.Error }, 0);
    }
}
