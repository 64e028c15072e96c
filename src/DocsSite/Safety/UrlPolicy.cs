using System.Text;
using System.Text.RegularExpressions;

namespace DocsSite.Safety;

/// <summary>
/// Which URLs content may use. Links may be relative or use http, https, mailto or tel.
/// Images and media may be relative or http(s) (images also <c>data:image/png|jpeg|gif|webp</c>);
/// the Content-Security-Policy loads them from the site alone, which <see cref="Blocked"/> reports. The scheme is judged as a browser would find it,
/// and stricter: after entity decoding (done by the caller's parser), with every
/// whitespace and control character removed and case folded, so <c>jav&amp;#x09;ascript:</c>
/// and <c>" JaVaScRiPt:"</c> are both <c>javascript:</c>.
/// </summary>
internal static partial class UrlPolicy
{
    private static readonly HashSet<string> LinkSchemes = new(StringComparer.Ordinal) { "http", "https", "mailto", "tel" };

    /// <summary>Why <paramref name="url"/> may not be used as <paramref name="use"/>, or null when it may.</summary>
    public static string? Problem(string url, UrlUse use)
    {
        var folded = Fold(url);
        var scheme = SchemeOf(folded);
        if (scheme.Length == 0 || scheme is "http" or "https") return null;
        if (use == UrlUse.Link)
        {
            return LinkSchemes.Contains(scheme)
                ? null
                : $"the scheme `{scheme}:` is not allowed in a link; use http, https, mailto, tel or a relative URL.";
        }
        if (use == UrlUse.Image && scheme == "data")
        {
            return ImageData().IsMatch(folded)
                ? null
                : "a `data:` URL may only hold a PNG, JPEG, GIF or WebP image (`data:image/png;base64,...`).";
        }
        return $"the scheme `{scheme}:` is not allowed for {(use == UrlUse.Image ? "an image" : "audio or video")}; use a relative URL.";
    }

    /// <summary>
    /// Why an image or media URL, allowed as such, will not load: the Content-Security-Policy
    /// lets pages load them from the site alone. Null for links and for files of the site.
    /// </summary>
    public static string? Blocked(string url, UrlUse use)
    {
        if (use == UrlUse.Link) return null;
        var folded = Fold(url);
        var scheme = SchemeOf(folded);
        var otherHost = scheme is "http" or "https"
            || (scheme.Length == 0 && (folded.StartsWith("//", StringComparison.Ordinal) || folded.StartsWith(@"\\", StringComparison.Ordinal)
                || folded.StartsWith(@"/\", StringComparison.Ordinal) || folded.StartsWith(@"\/", StringComparison.Ordinal)));
        return otherHost
            ? $"{(use == UrlUse.Image ? "images" : "audio and video")} from another host are blocked by the site's Content-Security-Policy, so readers will not see it. Copy the file into the input folder and link to it relatively."
            : null;
    }

    /// <summary>An absolute http(s) URL with a host, as site settings and source records need.</summary>
    public static bool IsWebUrl(string url) =>
        url.Length > 0 && url == url.Trim() && !url.Any(char.IsControl)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" && uri.Host.Length > 0
        && SchemeOf(Fold(url)) == uri.Scheme;

    /// <summary>An http(s) link to a host other than <paramref name="siteHost"/>, which opens another site.</summary>
    public static bool IsExternal(string url, string? siteHost)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) trimmed = "https:" + trimmed;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && !string.Equals(uri.Host, siteHost, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The URL as a message may quote it: control characters (the tab of <c>jav&amp;#x09;ascript:</c>) shown as escapes.</summary>
    public static string Printable(string url)
    {
        if (!url.Any(char.IsControl)) return url;
        var builder = new StringBuilder(url.Length + 8);
        foreach (var c in url)
            builder.Append(c switch { '\t' => "\\t", '\n' => "\\n", '\r' => "\\r", _ when char.IsControl(c) => $"\\u{(int)c:X4}", _ => c.ToString() });
        return builder.ToString();
    }

    /// <summary>The lowercase scheme of a folded URL, or "" for a relative one.</summary>
    private static string SchemeOf(string folded)
    {
        var match = Scheme().Match(folded);
        return match.Success ? match.Groups[1].Value : "";
    }

    /// <summary>Drops whitespace and control characters anywhere (browsers drop tabs and newlines anywhere, and spaces and controls at the ends) and folds case.</summary>
    private static string Fold(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var c in url)
            if (!char.IsWhiteSpace(c) && !char.IsControl(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    [GeneratedRegex("^([a-z][a-z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex("^data:image/(?:png|jpeg|gif|webp)[;,]")]
    private static partial Regex ImageData();
}
