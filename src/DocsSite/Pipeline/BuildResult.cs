using DocsSite.Diagnostics;

namespace DocsSite.Pipeline;

/// <summary>What a build did. <see cref="ExternalLinks"/> lists every http(s) link with the places it is written, for <c>check --external</c>.</summary>
internal sealed record BuildResult(DiagnosticBag Diagnostics, int PageCount, TimeSpan Elapsed, bool Written)
{
    private readonly Lazy<IReadOnlyList<External.ExternalLink>> _externalLinks = new(() => []);

    /// <summary>Gathered only when asked for: a build does not follow external links.</summary>
    public IReadOnlyList<External.ExternalLink> ExternalLinks => _externalLinks.Value;

    public Func<IReadOnlyList<External.ExternalLink>> CollectExternalLinks { init => _externalLinks = new(value); }

    /// <summary>URL patterns <c>site.yml</c>'s <c>external_ignore</c> exempts from <c>check --external</c>.</summary>
    public IReadOnlyList<string> ExternalIgnore { get; init; } = [];

    /// <summary>How long each step took, for <c>--timings</c>.</summary>
    public IReadOnlyList<StepTiming> Timings { get; init; } = [];
}
