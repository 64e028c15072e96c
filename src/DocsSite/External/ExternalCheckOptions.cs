namespace DocsSite.External;

/// <summary>How politely and how long <c>check --external</c> may knock on other people's servers.</summary>
internal sealed record ExternalCheckOptions
{
    public int PerHost { get; init; } = 2;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public int Retries { get; init; } = 2;

    /// <summary>The longest Retry-After the checker will wait; a server asking for more counts as a failure.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(30);

    public string? CacheFile { get; init; }

    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(7);

    public IReadOnlyList<string> Ignore { get; init; } = [];
}
