namespace DocsSite.Serve;

/// <param name="Output">Where previews are built; never the published output.</param>
/// <param name="Port">0 picks a free port (tests).</param>
/// <param name="QuietPeriod">How long the files must stay unchanged before a rebuild, so a burst of saves or an editor's write-then-rename is one rebuild.</param>
/// <param name="IncludeFrom">As for a build: the one folder beyond the input that snippet includes may read.</param>
internal sealed record ServeOptions(string Input, string Theme, string Output, int Port, bool Open, TimeSpan QuietPeriod, string? IncludeFrom = null)
{
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(30);
}
