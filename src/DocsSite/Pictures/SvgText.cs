using System.Globalization;
using System.Net;
using System.Text;

namespace DocsSite.Pictures;

/// <summary>
/// Text inside the pictures: SVG does not wrap, so labels are broken into lines here, by an estimate
/// of the width of the site's sans-serif font (about 0.56 em a character), with a little room to spare.
/// </summary>
internal static class SvgText
{
    public const double CharWidth = 0.56;

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public static string Num(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static double Width(string text, double fontSize) => text.Length * fontSize * CharWidth;

    /// <summary>The words of <paramref name="text"/> in lines no wider than <paramref name="width"/>; a single word longer than that keeps a line of its own.</summary>
    public static List<string> Wrap(string text, double width, double fontSize)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && Width(line + " " + word, fontSize) > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Lines of text centred on (<paramref name="x"/>, <paramref name="y"/>), <paramref name="lineHeight"/> apart.</summary>
    public static string Centred(IReadOnlyList<string> lines, double x, double y, double lineHeight, string? cls = null)
    {
        var sb = new StringBuilder();
        var top = y - (lines.Count - 1) * lineHeight / 2;
        sb.Append("<text x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(top)).Append('"');
        if (cls is not null) sb.Append(" class=\"").Append(cls).Append('"');
        sb.Append('>');
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0) sb.Append(Escape(lines[i]));
            else sb.Append("<tspan x=\"").Append(Num(x)).Append("\" dy=\"").Append(Num(lineHeight)).Append("\">").Append(Escape(lines[i])).Append("</tspan>");
        }
        return sb.Append("</text>").ToString();
    }
}
