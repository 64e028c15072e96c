using System.Text;
using DocsSite.Content;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Pictures;

/// <summary>Draws a stack diagram: the stacks side by side, each layer a box (one per copy), shared layers spanning.</summary>
internal static class StackPicture
{
    public static string Render(StackDiagram diagram, PageRenderContext ctx)
    {
        if (StackLayout.Of(diagram).Layout is not { } layout) return "";
        var n = diagram.Columns.Count;
        var colW = StackLayout.ColumnWidth(n);
        var svg = new StringBuilder();
        var links = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            var column = diagram.Columns[i];
            var href = TermHref(ctx, column.Term?.Value);
            var x = i * (colW + StackLayout.Gap);
            svg.Append(SvgText.Centred([column.Label], x + colW / 2, 16, 0, href is null ? "h" : "h k"));
            links.Append(Figure.Hit(href, column.Label, x, 0, colW, StackLayout.Header - 2));
        }
        foreach (var box in layout.Boxes)
        {
            var y = StackLayout.Header + box.Row * (StackLayout.RowHeight + StackLayout.RowGap);
            var w = box.CopyWidth(n);
            var lines = SvgText.Wrap(box.Layer.Label, w - 8, StackLayout.FontSize);
            var cls = box.Span > 1 ? "b sh" : "b";
            var href = TermHref(ctx, box.Layer.Term?.Value);
            for (var c = 0; c < box.Layer.Copies; c++)
            {
                var x = box.X(n) + c * (w + StackLayout.CopyGap);
                svg.Append("<rect class=\"").Append(cls).Append("\" x=\"").Append(SvgText.Num(x + 0.5)).Append("\" y=\"").Append(SvgText.Num(y + 0.5))
                    .Append("\" width=\"").Append(SvgText.Num(w - 1)).Append("\" height=\"").Append(SvgText.Num(StackLayout.RowHeight - 1)).Append("\" rx=\"3\"/>");
                svg.Append(SvgText.Centred(lines, x + w / 2, y + StackLayout.RowHeight / 2 + 4.5, 15, href is null ? null : "k"));
            }
            links.Append(Figure.Hit(href, box.Layer.Label, box.X(n), y, box.W(n), StackLayout.RowHeight));
        }
        return Figure.Wrap("stack", diagram.Id, diagram.Title, diagram.Description, StackLayout.Width, layout.Height, svg.ToString(), links.ToString(), Words(diagram, layout, ctx));
    }

    /// <summary>Each stack as a list of its layers, top to bottom, with the same links and what the drawing shows by position.</summary>
    private static string Words(StackDiagram diagram, StackLayout layout, PageRenderContext ctx)
    {
        var sb = new StringBuilder("<ul>");
        for (var i = 0; i < diagram.Columns.Count; i++)
        {
            var column = diagram.Columns[i];
            sb.Append("<li>").Append(Link(TermHref(ctx, column.Term?.Value), column.Label)).Append(", top to bottom:<ol>");
            foreach (var box in layout.Boxes.Where(b => b.First <= i && i < b.First + b.Span))
            {
                sb.Append("<li>").Append(Link(TermHref(ctx, box.Layer.Term?.Value), box.Layer.Label));
                var notes = new List<string>();
                if (box.Layer.Copies > 1) notes.Add($"one for each workload, {Figure.Count(box.Layer.Copies)} drawn");
                if (box.Span > 1)
                    notes.Add("shared with " + string.Join(" and ", diagram.Columns.Skip(box.First).Take(box.Span).Where(c => c != column).Select(c => c.Label)));
                if (box.Layer.Note is { } note) notes.Add(note);
                if (notes.Count > 0) sb.Append(" (").Append(SvgText.Escape(string.Join("; ", notes))).Append(')');
                sb.Append("</li>");
            }
            sb.Append("</ol></li>");
        }
        return sb.Append("</ul>").ToString();
    }

    public static string? TermHref(PageRenderContext ctx, string? term) =>
        term is not null && ctx.Site.Data.Definitions.ContainsKey(term) ? ctx.Href(SiteUrls.Term(term)) : null;

    public static string Link(string? href, string text) =>
        href is null ? SvgText.Escape(text) : $"<a href=\"{SvgText.Escape(href)}\">{SvgText.Escape(text)}</a>";
}
