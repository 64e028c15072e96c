using System.Globalization;

namespace DocsSite.Pictures;

/// <summary>A log scale over the figures of one quantity, with ticks a reader knows (1 ms, 1 s, 1 min; 1 MB, 1 GB).</summary>
internal sealed class LogScale
{
    private readonly double _min, _max, _left, _right;

    public LogScale(string dimension, double low, double high, double left, double right)
    {
        var candidates = Candidates(dimension);
        var first = candidates.LastOrDefault(t => t <= low * 1.0001, candidates[0]);
        var last = candidates.FirstOrDefault(t => t >= high * 0.9999, candidates[^1]);
        if (first >= last)
        {
            var i = Array.IndexOf(candidates, first);
            first = candidates[Math.Max(0, i - 1)];
            last = candidates[Math.Min(candidates.Length - 1, i + 1)];
        }
        Ticks = candidates.Where(t => t >= first && t <= last).ToList();
        (_min, _max, _left, _right, Dimension) = (Math.Log10(first), Math.Log10(last), left, right, dimension);
    }

    public string Dimension { get; }

    public IReadOnlyList<double> Ticks { get; }

    public double X(double value) => _left + (Math.Log10(value) - _min) / (_max - _min) * (_right - _left);

    /// <summary>A figure in the unit that reads best: 0.125 s is "125 ms", 3e9 bytes "3 GB".</summary>
    public static string Format(string dimension, double value)
    {
        (double Factor, string Unit)[] units = dimension switch
        {
            "time" => [(86400, "days"), (3600, "h"), (60, "min"), (1, "s"), (1e-3, "ms"), (1e-6, "µs")],
            "size" => [(1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "KB"), (1, "B")],
            _ => [],
        };
        if (units.Length == 0)
            return (value.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + dimension["count ".Length..]).TrimEnd();
        var (factor, unit) = units.FirstOrDefault(u => value >= u.Factor * 0.9999, units[^1]);
        return (value / factor).ToString("0.#", CultureInfo.InvariantCulture) + " " + unit;
    }

    private static double[] Candidates(string dimension) => dimension switch
    {
        "time" => [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1, 10, 60, 600, 3600, 36000, 86400, 864000, 8640000],
        _ => Enumerable.Range(0, 16).Select(e => Math.Pow(10, e)).ToArray(),
    };
}
