using DocsSite.Diagnostics;

namespace DocsSite.Serve;

/// <summary>The preview's state after a build: a version that changes on every successful build, and the errors of the last build.</summary>
internal sealed record BuildStatus(int Version, IReadOnlyList<Diagnostic> Errors)
{
    public bool Failed => Errors.Count > 0;
}
