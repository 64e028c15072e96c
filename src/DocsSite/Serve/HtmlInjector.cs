using System.Text.RegularExpressions;

namespace DocsSite.Serve;

/// <summary>
/// Adds the reload script to an HTML page as it is sent, never to the built file, so a published
/// build never carries it. A Content-Security-Policy in a meta tag gets <c>connect-src 'self'</c> so
/// that the script may open its event stream.
/// </summary>
internal static partial class HtmlInjector
{
    private const string Tag = "<script src=\"" + PreviewAssets.ScriptPath + "\" defer></script>";

    public static string Inject(string html)
    {
        html = CspMeta().Replace(html, m => m.Groups["policy"].Value.Contains("connect-src", StringComparison.OrdinalIgnoreCase)
            ? m.Value
            : m.Value.Replace(m.Groups["policy"].Value, m.Groups["policy"].Value.TrimEnd().TrimEnd(';') + "; connect-src 'self'"));
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head >= 0 ? html.Insert(head, Tag) : html + Tag;
    }

    [GeneratedRegex("""<meta\s[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*content\s*=\s*(?<q>["'])(?<policy>.*?)\k<q>[^>]*>|<meta\s[^>]*content\s*=\s*(?<q>["'])(?<policy>.*?)\k<q>[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex CspMeta();
}
