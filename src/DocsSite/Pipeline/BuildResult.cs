using DocsSite.Diagnostics;

namespace DocsSite.Pipeline;

/// <summary>What a build did. <see cref="ExternalLinks"/> lists every http(s) link with the places it is written, for <c>check --external</c>.</summary>
internal sealed record BuildResult(DiagnosticBag Diagnostics, int PageCount, TimeSpan Elapsed, bool Written)
{
    public IReadOnlyList<External.ExternalLink> ExternalLinks { get; init; } = [];

    /// <summary>How long each step took, for <c>--timings</c>.</summary>
    public IReadOnlyList<(string Step, TimeSpan Elapsed)> Timings { get; init; } = [];
}
