using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace DocsSite.Markdown.SafeHtml;

/// <summary>
/// Markdig's table renderer, with its inline styles turned into classes: the
/// Content-Security-Policy (style-src 'self') blocks <c>style="text-align: ..."</c> on
/// aligned columns. The theme's CSS styles <c>.align-left</c>, <c>.align-center</c> and
/// <c>.align-right</c>. Column widths from grid tables are dropped; browsers size columns to fit.
/// </summary>
internal sealed partial class ClassAlignedTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        // Render the table as Markdig does into a buffer, then rewrite only the attributes Markdig
        // itself writes: text in cells has its quotes escaped, and raw style attributes are refused (DS2302).
        var writer = renderer.Writer;
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Writer = buffer;
        try
        {
            base.Write(renderer, table);
        }
        finally
        {
            renderer.Writer = writer;
        }
        var html = Width().Replace(Alignment().Replace(buffer.ToString(), m => $" class=\"align-{m.Groups[1].Value}\""), "");
        // Markdig ends the table with a line break; writing it with WriteLine keeps the renderer's line state as Markdig left it.
        if (html.EndsWith('\n'))
            renderer.Write(html[..^1]).WriteLine();
        else
            renderer.Write(html);
    }

    [GeneratedRegex(""" style="text-align: (left|center|right);"(?=[ >])""")]
    private static partial Regex Alignment();

    [GeneratedRegex(""" style="width:\s*[0-9.]+%;?"(?=[ />])""")]
    private static partial Regex Width();
}
