using System.Globalization;
using System.Text;

namespace DocsSite.Pictures;

/// <summary>
/// A picture as the page holds it: a figure with the inline SVG (an image named by its title) and,
/// in the caption, the same content as text (lists or a table with the same links), folded by default.
/// </summary>
internal static class Figure
{
    /// <param name="kind">The picture's kind, for its class (<c>pic-stack</c>) and its ids.</param>
    public static string Wrap(string kind, string id, string title, string? description, double width, double height, string body, string words)
    {
        var titleId = $"pic-{kind}-{id}";
        var sb = new StringBuilder();
        sb.Append("<figure class=\"pic pic-").Append(kind).Append("\">");
        sb.Append("<svg viewBox=\"0 0 ").Append(SvgText.Num(width)).Append(' ').Append(SvgText.Num(height))
            .Append("\" width=\"").Append(SvgText.Num(width)).Append("\" height=\"").Append(SvgText.Num(height))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(titleId).Append("\">");
        sb.Append("<title id=\"").Append(titleId).Append("\">").Append(SvgText.Escape(title));
        if (description is not null) sb.Append(". ").Append(SvgText.Escape(description));
        sb.Append("</title>");
        sb.Append(body).Append("</svg>");
        sb.Append("<figcaption><span class=\"pic-title\">").Append(SvgText.Escape(title)).Append("</span>");
        if (description is not null) sb.Append(' ').Append(SvgText.Escape(description));
        sb.Append("<details><summary>The picture in words</summary>").Append(words).Append("</details></figcaption></figure>");
        return sb.ToString();
    }

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
