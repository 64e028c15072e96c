namespace DocsSite.Pipeline;

/// <param name="Write">False for <c>check</c>: every step runs but nothing is written.</param>
/// <param name="IncludeFrom">The one folder beyond the input that snippet includes may read (for example the repository root); null: none.</param>
/// <param name="Today">The date facts are aged against; null: <c>SOURCE_DATE_EPOCH</c>, else the clock (<see cref="Claims.BuildClock"/>).</param>
internal sealed record BuildOptions(string Input, string Theme, string Output, string? BaseUrl = null, bool Strict = false, bool Write = true,
    DateOnly? Today = null, string? IncludeFrom = null);
