namespace DocsSite.Diagnostics;

/// <summary>
/// Per-code severity from <c>site.yml</c>'s <c>diagnostics:</c> map, as <c>NoWarn</c> and
/// <c>WarnAsError</c>: a warning can be silenced (<c>none</c>) or raised (<c>error</c>).
/// Errors stay errors: a broken link is never silenced by configuration.
/// </summary>
internal sealed class SeverityOverrides
{
    public static SeverityOverrides None { get; } = new(new Dictionary<string, Severity?>());

    private readonly IReadOnlyDictionary<string, Severity?> _byCode;

    /// <param name="byCode">Code -> new severity, or null to silence it.</param>
    public SeverityOverrides(IReadOnlyDictionary<string, Severity?> byCode) => _byCode = byCode;

    public IReadOnlyDictionary<string, Severity?> ByCode => _byCode;

    /// <summary>The diagnostic as configured, or null when it is silenced.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Error || !_byCode.TryGetValue(diagnostic.Code, out var severity)) return diagnostic;
        return severity is { } s ? diagnostic with { Severity = s } : null;
    }
}
