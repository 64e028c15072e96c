using System.Globalization;
using System.Text.RegularExpressions;

namespace DocsSite.Pictures;

/// <summary>
/// The figure a fact's <c>value</c> gives, as a range in a base unit (seconds, bytes, or a count of
/// something): "about 12 ms" is one point, "a few minutes" 2 to 10 minutes, and a bare unit such as
/// "seconds" or "many GB" the span of that unit up to the next (1 s to 1 min, 1 GB to 1 TB):
/// the order of magnitude the words give, no more precise than they are.
/// </summary>
/// <param name="Dimension">What is measured: "time", "size", or "count" followed by what is counted.</param>
internal sealed partial record Quantity(string Dimension, double Low, double High)
{
    private sealed record Unit(string Dimension, double Factor, double Next);

    private static readonly Dictionary<string, Unit> Units = BuildUnits();

    public bool IsPoint => Low == High;

    /// <summary>Reads a value; null when it holds no single figure ("November 2023", "4 GB RAM and a 250 GB disk").</summary>
    public static Quantity? Parse(string? value)
    {
        if (value is null) return null;
        var m = Pattern().Match(value.Trim());
        if (!m.Success) return null;
        var amount = m.Groups["n"].Value;
        var unitWord = m.Groups["unit"].Value;
        var rest = m.Groups["rest"].Value.Trim();
        if (unitWord.Length > 0 && Units.TryGetValue(unitWord, out var unit))
        {
            if (rest.Length > 0) return null;
            return amount switch
            {
                "" or "many" => new Quantity(unit.Dimension, unit.Factor, unit.Next),
                "a few" or "several" => new Quantity(unit.Dimension, 2 * unit.Factor, Math.Min(10 * unit.Factor, unit.Next)),
                _ => Number(amount) is { } n ? Point(unit.Dimension, n * unit.Factor) : null,
            };
        }
        // A number of something: "7", "5 microVMs per second per host core".
        if (Number(amount) is not { } count) return null;
        var counted = (unitWord + " " + rest).Trim();
        return Point("count " + counted, count);
    }

    private static Quantity Point(string dimension, double value) => new(dimension, value, value);

    private static double? Number(string text) =>
        double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static Dictionary<string, Unit> BuildUnits()
    {
        var units = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        void Add(string dimension, double factor, double next, params string[] names)
        {
            foreach (var name in names) units[name] = new Unit(dimension, factor, next);
        }
        Add("time", 1e-6, 1e-3, "µs", "us", "microsecond", "microseconds");
        Add("time", 1e-3, 1, "ms", "millisecond", "milliseconds");
        Add("time", 1, 60, "s", "sec", "secs", "second", "seconds");
        Add("time", 60, 3600, "min", "mins", "minute", "minutes");
        Add("time", 3600, 86400, "h", "hour", "hours");
        Add("time", 86400, 86400 * 30, "day", "days");
        Add("size", 1, 1e3, "B", "byte", "bytes");
        Add("size", 1e3, 1e6, "KB", "kB", "kilobyte", "kilobytes");
        Add("size", 1024, 1024 * 1024, "KiB");
        Add("size", 1e6, 1e9, "MB", "MBs", "megabyte", "megabytes");
        Add("size", 1024 * 1024, 1024.0 * 1024 * 1024, "MiB");
        Add("size", 1e9, 1e12, "GB", "GBs", "gigabyte", "gigabytes");
        Add("size", 1024.0 * 1024 * 1024, 1024.0 * 1024 * 1024 * 1024, "GiB");
        Add("size", 1e12, 1e15, "TB", "TBs", "terabyte", "terabytes");
        return units;
    }

    // Qualifiers say how exact a figure is; the chart's label shows the value as written, so they are read and dropped.
    [GeneratedRegex(@"^(?:(?:about|around|approximately|roughly|nearly|almost|up to|at most|under|less than|over|more than|as small as|only|just)\s+)?(?<n>a few|several|many|\d[\d,]*(?:\.\d+)?)?\s*(?<unit>[A-Za-zµ]+)?(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
