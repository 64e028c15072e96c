using System.Text;
using DocsSite.Claims;
using DocsSite.Content;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Pictures;

/// <summary>
/// Draws a chart: for each row, a log scale and one line per fact, its value, source and year above
/// its mark (a dot for a figure, a bar for a span such as "seconds"), the whole line a link to the fact in the ledger.
/// </summary>
internal static class ChartPicture
{
    private const double Width = 360, Left = 12, Right = 348, FontSize = 12, LineHeight = 14;

    public static string Render(Chart chart, PageRenderContext ctx)
    {
        var svg = new StringBuilder();
        var links = new StringBuilder();
        var words = new StringBuilder("<table><thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Source</th><th scope=\"col\">Drawn as</th></tr></thead>");
        double y = 0;
        foreach (var row in chart.Rows)
        {
            var marks = ChartMarks.Drawable(ChartMarks.Of(row, ctx.Site.Data));
            if (marks.Count == 0) continue;
            var scale = new LogScale(marks[0].Quantity!.Dimension, marks.Min(m => m.Quantity!.Low), marks.Max(m => m.Quantity!.High), Left, Right);
            svg.Append("<text class=\"h l\" x=\"0\" y=\"").Append(SvgText.Num(y + 14)).Append("\">").Append(SvgText.Escape(row.Label)).Append("</text>");
            words.Append("<tbody><tr><th colspan=\"3\" scope=\"colgroup\">").Append(SvgText.Escape(row.Label)).Append("</th></tr>");
            var top = y + 38;
            var body = new StringBuilder();
            var markY = top;
            foreach (var mark in marks)
            {
                var label = $"{mark.Fact.Value} — {SourceName(mark.Fact, ctx.Site.Data)}, {Year(mark.Fact, ctx.Site.Data)}";
                var lines = SvgText.Wrap(label, Right - Left + 10, FontSize);
                var item = new StringBuilder();
                for (var i = 0; i < lines.Count; i++)
                    item.Append("<text class=\"l k\" x=\"2\" y=\"").Append(SvgText.Num(markY + 12 + i * LineHeight)).Append("\">").Append(SvgText.Escape(lines[i])).Append("</text>");
                var cy = markY + 12 + (lines.Count - 1) * LineHeight + 10;
                var q = mark.Quantity!;
                if (q.IsPoint)
                    item.Append("<circle class=\"m\" cx=\"").Append(SvgText.Num(scale.X(q.Low))).Append("\" cy=\"").Append(SvgText.Num(cy)).Append("\" r=\"5\"/>");
                else
                {
                    var x0 = scale.X(q.Low);
                    var w = Math.Max(8, scale.X(q.High) - x0);
                    item.Append("<rect class=\"m\" x=\"").Append(SvgText.Num(x0)).Append("\" y=\"").Append(SvgText.Num(cy - 4))
                        .Append("\" width=\"").Append(SvgText.Num(w)).Append("\" height=\"8\" rx=\"4\"/>");
                }
                body.Append(item);
                links.Append(Figure.Hit(ctx.Href(SiteUrls.Facts, mark.Fact.Id), label, 0, markY, Width, cy + 7 - markY));
                words.Append("<tr><td>")
                    .Append(StackPicture.Link(ctx.Href(SiteUrls.Facts, mark.Fact.Id), mark.Fact.Value!)).Append("</td><td>")
                    .Append(SvgText.Escape($"{SourceName(mark.Fact, ctx.Site.Data)}, {Year(mark.Fact, ctx.Site.Data)}")).Append("</td><td>")
                    .Append(SvgText.Escape(q.IsPoint ? LogScale.Format(q.Dimension, q.Low)
                        : $"{LogScale.Format(q.Dimension, q.Low)} to {LogScale.Format(q.Dimension, q.High)}")).Append("</td></tr>");
                markY = cy + 10;
            }
            // The scale: its labels above the lines of facts, and a faint rule down through them at each tick.
            for (var i = 0; i < scale.Ticks.Count; i++)
            {
                var x = scale.X(scale.Ticks[i]);
                var anchor = i == 0 ? " l" : i == scale.Ticks.Count - 1 ? " e" : "";
                svg.Append("<text class=\"t").Append(anchor).Append("\" x=\"").Append(SvgText.Num(i == 0 ? 0 : i == scale.Ticks.Count - 1 ? Width : x))
                    .Append("\" y=\"").Append(SvgText.Num(y + 32)).Append("\">").Append(LogScale.Format(scale.Dimension, scale.Ticks[i])).Append("</text>");
                svg.Append("<path class=\"g\" d=\"M").Append(SvgText.Num(x)).Append(' ').Append(SvgText.Num(top)).Append('V').Append(SvgText.Num(markY)).Append("\"/>");
            }
            svg.Append(body);
            words.Append("</tbody>");
            y = markY + 14;
        }
        words.Append("</table>");
        return Figure.Wrap("chart", chart.Id, chart.Title, chart.Description, Width, Math.Max(y - 8, 1), svg.ToString(), links.ToString(), words.ToString());
    }

    /// <summary>Who says it: the publisher without its parenthesis ("Firecracker project"), else the source's title.</summary>
    private static string SourceName(Fact fact, SiteData data)
    {
        if (!data.Sources.TryGetValue(fact.Source.Value, out var source)) return fact.Source.Value;
        var name = source.Publisher ?? source.Title;
        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? name[..paren] : name;
    }

    private static string Year(Fact fact, SiteData data) =>
        ClaimDate.Year(Staleness.DateOf(fact, data)) is { } year ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "undated";
}
