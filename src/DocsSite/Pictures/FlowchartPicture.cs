using System.Text;
using DocsSite.Content;
using DocsSite.Rendering;

namespace DocsSite.Pictures;

/// <summary>Draws a flowchart as a <see cref="FlowLadder"/>: questions in square boxes, outcomes in round ones that link to their pages.</summary>
internal static class FlowchartPicture
{
    private const double Drop = 30;

    public static string Render(Flowchart chart, PageRenderContext ctx)
    {
        if (FlowLadder.Of(chart).Ladder is not { } ladder) return "";
        var svg = new StringBuilder();
        var links = new StringBuilder();
        var words = new StringBuilder("<ol>");
        double y = 1;
        for (var i = 0; i < ladder.Rungs.Count; i++)
        {
            var rung = ladder.Rungs[i];
            var qLines = FlowLadder.QuestionLines(rung.Question);
            var oLines = FlowLadder.OutcomeLines(rung.Aside, FlowLadder.OutcomeWidth);
            var h = Math.Max(qLines.Count, oLines.Count) * FlowLadder.LineHeight + 14;
            var cy = y + h / 2;
            Box(svg, "b q", 0.5, y, FlowLadder.QuestionWidth, h, 3, qLines);
            // The answer leading to the outcome beside, as an arrow to the right.
            svg.Append("<path class=\"a\" d=\"M").Append(SvgText.Num(FlowLadder.QuestionWidth)).Append(' ').Append(SvgText.Num(cy))
                .Append("H").Append(SvgText.Num(FlowLadder.OutcomeX - 2)).Append("\"/><path class=\"ah\" d=\"M").Append(SvgText.Num(FlowLadder.OutcomeX - 1)).Append(' ')
                .Append(SvgText.Num(cy)).Append("l-7-4v8z\"/>");
            svg.Append("<text class=\"t\" x=\"").Append(SvgText.Num((FlowLadder.QuestionWidth + FlowLadder.OutcomeX) / 2)).Append("\" y=\"").Append(SvgText.Num(cy - 6))
                .Append("\">").Append(rung.AsideAnswer).Append("</text>");
            Outcome(svg, links, ctx, rung.Aside, FlowLadder.OutcomeX, y, FlowLadder.OutcomeWidth - 0.5, h, oLines);
            y += h;
            // The other answer, down to the next question or to the last outcome.
            const double x = FlowLadder.QuestionWidth / 2;
            svg.Append("<path class=\"a\" d=\"M").Append(SvgText.Num(x)).Append(' ').Append(SvgText.Num(y)).Append('V').Append(SvgText.Num(y + Drop - 2))
                .Append("\"/><path class=\"ah\" d=\"M").Append(SvgText.Num(x)).Append(' ').Append(SvgText.Num(y + Drop - 1)).Append("l-4-7h8z\"/>");
            svg.Append("<text class=\"t l\" x=\"").Append(SvgText.Num(x + 8)).Append("\" y=\"").Append(SvgText.Num(y + Drop / 2 + 4)).Append("\">").Append(rung.DownAnswer).Append("</text>");
            y += Drop;
            words.Append("<li>").Append(SvgText.Escape(rung.Question.Text)).Append(' ')
                .Append(rung.AsideAnswer).Append(": ").Append(OutcomeLink(ctx, rung.Aside)).Append(". ").Append(rung.DownAnswer).Append(": ");
            if (rung.Below is { } below)
            {
                var bLines = FlowLadder.OutcomeLines(below, FlowLadder.QuestionWidth);
                var bh = bLines.Count * FlowLadder.LineHeight + 14;
                Outcome(svg, links, ctx, below, 0.5, y, FlowLadder.QuestionWidth, bh, bLines);
                y += bh;
                words.Append(OutcomeLink(ctx, below)).Append(".</li>");
            }
            else
            {
                words.Append("go on to question ").Append(Figure.Count(i + 2)).Append(".</li>");
            }
        }
        words.Append("</ol>");
        return Figure.Wrap("flow", chart.Id, chart.Title, chart.Description, FlowLadder.Width, y + 1, svg.ToString(), links.ToString(), words.ToString());
    }

    private static void Box(StringBuilder svg, string cls, double x, double y, double w, double h, double rx, IReadOnlyList<string> lines, string? textClass = null)
    {
        svg.Append("<rect class=\"").Append(cls).Append("\" x=\"").Append(SvgText.Num(x)).Append("\" y=\"").Append(SvgText.Num(y))
            .Append("\" width=\"").Append(SvgText.Num(w)).Append("\" height=\"").Append(SvgText.Num(h)).Append("\" rx=\"").Append(SvgText.Num(rx)).Append("\"/>");
        svg.Append(SvgText.Centred(lines, x + w / 2, y + h / 2 + 4.5, FlowLadder.LineHeight, textClass));
    }

    private static void Outcome(StringBuilder svg, StringBuilder links, PageRenderContext ctx, FlowStep outcome, double x, double y, double w, double h, IReadOnlyList<string> lines)
    {
        var href = Href(ctx, outcome);
        Box(svg, "b o", x, y, w, h, 12, lines, href is null ? null : "k");
        links.Append(Figure.Hit(href, outcome.Text, x, y, w, h, 12));
    }

    private static string OutcomeLink(PageRenderContext ctx, FlowStep outcome) => StackPicture.Link(Href(ctx, outcome), outcome.Text);

    private static string? Href(PageRenderContext ctx, FlowStep outcome) =>
        outcome.Page is { } page && ctx.Site.NavPage(page.Value) is { } target ? ctx.Href(target.Url) : null;
}
