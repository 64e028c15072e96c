using System.Globalization;

namespace DocsSite.Claims;

/// <summary>
/// A date as data files write it: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>. A year or a
/// month is a period; its age counts from the period's last day, so "2021" is not a year old
/// until the end of 2022.
/// </summary>
internal static class ClaimDate
{
    private static readonly string[] Forms = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    public static bool TryParse(string? text, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        if (text is null || !DateTime.TryParseExact(text, Forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        start = DateOnly.FromDateTime(parsed);
        end = text.Length switch
        {
            4 => new DateOnly(start.Year, 12, 31),
            7 => start.AddMonths(1).AddDays(-1),
            _ => start,
        };
        return true;
    }

    /// <summary>The last day of the period, or null when the text is not a date.</summary>
    public static DateOnly? End(string? text) => TryParse(text, out _, out var end) ? end : null;

    /// <summary>The year a date names, for "dated 2019".</summary>
    public static int? Year(string? text) => TryParse(text, out var start, out _) ? start.Year : null;
}
