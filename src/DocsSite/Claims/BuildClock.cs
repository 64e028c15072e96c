using System.Globalization;

namespace DocsSite.Claims;

/// <summary>
/// Today's date comes from one place: <c>--today YYYY-MM-DD</c>, else the <c>SOURCE_DATE_EPOCH</c>
/// environment variable (seconds since 1970, as reproducible builds set it), else the clock (UTC).
/// </summary>
internal static class BuildClock
{
    public const string EpochVariable = "SOURCE_DATE_EPOCH";

    /// <returns>The date, or null with <paramref name="error"/> saying which input is malformed.</returns>
    public static DateOnly? Resolve(string? option, string? epoch, DateTimeOffset now, out string? error)
    {
        error = null;
        if (!string.IsNullOrWhiteSpace(option))
        {
            if (DateOnly.TryParseExact(option.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
            error = $"--today must be a date written YYYY-MM-DD, not `{option}`.";
            return null;
        }
        if (!string.IsNullOrWhiteSpace(epoch))
        {
            if (long.TryParse(epoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
                return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            error = $"{EpochVariable} must be a whole number of seconds since 1970-01-01, not `{epoch}`.";
            return null;
        }
        return DateOnly.FromDateTime(now.UtcDateTime);
    }

    /// <summary>Today for a build that was given no date: the environment, or the clock.</summary>
    public static DateOnly Default() =>
        Resolve(null, Environment.GetEnvironmentVariable(EpochVariable), DateTimeOffset.UtcNow, out _)
        ?? DateOnly.FromDateTime(DateTime.UtcNow);
}
