using DocsSite.Content;
using DocsSite.Diagnostics;

namespace DocsSite.Pictures;

/// <summary>The facts a chart row plots, with where each was named (for diagnostics) and the figure its value gives.</summary>
internal static class ChartMarks
{
    public sealed record Mark(Fact Fact, SourceLocation NamedAt, Quantity? Quantity);

    /// <summary>The row's facts that exist, in the order named, or, chosen by topic, in id order.</summary>
    public static List<Mark> Of(ChartRow row, SiteData data)
    {
        var facts = data.Facts;
        var named = row.Facts.Count > 0
            ? row.Facts.Where(f => facts.ContainsKey(f.Value)).Select(f => (facts[f.Value], f.At))
            : facts.Values
                .Where(f => f.Topic?.Value == row.Topic && (row.Kind is null || f.ClaimKind?.Value == row.Kind))
                .OrderBy(f => f.Id, StringComparer.Ordinal)
                .Select(f => (f, f.Topic!.Value.At));
        return named.Select(n => new Mark(n.Item1, n.Item2, Quantity.Parse(n.Item1.Value))).ToList();
    }

    /// <summary>The marks that can be drawn (a figure, of the quantity most of the row measures), smallest first by the middle of their span on the log scale.</summary>
    public static List<Mark> Drawable(List<Mark> marks)
    {
        var dimension = Dimension(marks);
        return marks.Where(m => m.Quantity is { } q && q.Dimension == dimension).OrderBy(m => m.Quantity!.Low * m.Quantity!.High).ThenBy(m => m.Quantity!.High).ToList();
    }

    public static string? Dimension(List<Mark> marks) =>
        marks.Where(m => m.Quantity is not null).GroupBy(m => m.Quantity!.Dimension)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
}
