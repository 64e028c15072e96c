using System.Globalization;
using System.Text;

namespace DocsSite.Pictures;

/// <summary>
/// A picture as the page holds it: a figure with the inline SVG and, in the caption, the same content
/// as text (lists or a table with the same links), folded by default. The drawing is one image named by
/// its title (<c>role="img"</c>); its links lie over it as transparent shapes, each named, because
/// links inside an image are hidden from screen readers (and fail axe's nested-interactive rule).
/// </summary>
internal static class Figure
{
    /// <param name="kind">The picture's kind, for its class (<c>pic-stack</c>) and its ids.</param>
    public static string Wrap(string kind, string id, string title, string? description, double width, double height, string body, string links, string words)
    {
        var titleId = $"pic-{kind}-{id}";
        var sb = new StringBuilder();
        sb.Append("<figure class=\"pic pic-").Append(kind).Append("\">");
        sb.Append("<svg viewBox=\"0 0 ").Append(SvgText.Num(width)).Append(' ').Append(SvgText.Num(height))
            .Append("\" width=\"").Append(SvgText.Num(width)).Append("\" height=\"").Append(SvgText.Num(height))
            .Append("\"><g role=\"img\" aria-labelledby=\"").Append(titleId).Append("\">");
        sb.Append("<title id=\"").Append(titleId).Append("\">").Append(SvgText.Escape(title));
        if (description is not null) sb.Append(". ").Append(SvgText.Escape(description));
        sb.Append("</title>");
        sb.Append(body).Append("</g>").Append(links).Append("</svg>");
        sb.Append("<figcaption><span class=\"pic-title\">").Append(SvgText.Escape(title)).Append("</span>");
        if (description is not null) sb.Append(' ').Append(SvgText.Escape(description));
        sb.Append("<details><summary>The picture in words</summary>").Append(words).Append("</details></figcaption></figure>");
        return sb.ToString();
    }

    /// <summary>A link over part of the drawing: a transparent shape that takes the pointer and the focus, named as the part it covers.</summary>
    public static string Hit(string? href, string name, double x, double y, double w, double h, double rx = 3) =>
        href is null ? "" : $"<a href=\"{SvgText.Escape(href)}\" aria-label=\"{SvgText.Escape(name)}\"><rect class=\"hit\" x=\"{SvgText.Num(x)}\" y=\"{SvgText.Num(y)}\" width=\"{SvgText.Num(w)}\" height=\"{SvgText.Num(h)}\" rx=\"{SvgText.Num(rx)}\"/></a>";

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
