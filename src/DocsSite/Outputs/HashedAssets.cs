using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace DocsSite.Outputs;

/// <summary>
/// The theme's assets under names that carry their content's hash ("assets/site.3f9a0c1e.css"),
/// so hosts can cache them for a year: a changed file is a new name. Templates link them with
/// <c>{{root}}{{asset "site.css"}}</c>; a stylesheet's <c>url(...)</c> to another asset is rewritten
/// to that asset's name before the stylesheet's own hash is taken. Stylesheets and scripts are
/// published minified (<see cref="AssetMinifier"/>).
/// </summary>
internal static partial class HashedAssets
{
    /// <param name="Name">The path under the theme's assets folder ("site.css", "icons/favicon.svg").</param>
    /// <param name="Text">The rewritten, minified text of a stylesheet or script; null for a file copied as it is.</param>
    internal sealed record Asset(string Name, string File, string Destination, string? Text);

    public static IReadOnlyList<Asset> Plan(IReadOnlyList<(string Relative, string File)> assets)
    {
        var planned = new List<Asset>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        // Stylesheets last: they name the others.
        foreach (var (relative, file) in assets.OrderBy(a => IsCss(a.Relative)).ThenBy(a => a.Relative, StringComparer.Ordinal))
        {
            string? text = null;
            byte[] bytes;
            if (IsCss(relative))
            {
                text = AssetMinifier.Css(RewriteUrls(File.ReadAllText(file), relative, names));
                bytes = Encoding.UTF8.GetBytes(text);
            }
            else if (relative.EndsWith(".js", StringComparison.OrdinalIgnoreCase))
            {
                text = AssetMinifier.Js(File.ReadAllText(file));
                bytes = Encoding.UTF8.GetBytes(text);
            }
            else
            {
                bytes = File.ReadAllBytes(file);
            }
            var destination = "assets/" + WithHash(relative, bytes);
            names[relative] = destination;
            planned.Add(new Asset(relative, file, destination, text));
        }
        return planned;
    }

    private static bool IsCss(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    private static string WithHash(string relative, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var dot = relative.LastIndexOf('.');
        var slash = relative.LastIndexOf('/');
        return dot > slash + 1 ? $"{relative[..dot]}.{hash}{relative[dot..]}" : $"{relative}.{hash}";
    }

    private static string RewriteUrls(string css, string cssPath, IReadOnlyDictionary<string, string> names)
    {
        var folder = cssPath.Contains('/') ? cssPath[..(cssPath.LastIndexOf('/') + 1)] : "";
        return CssUrl().Replace(css, match =>
        {
            var url = match.Groups["url"].Value;
            // "fonts/x.woff2?v=2" and "x.eot#iefix": the file is the path before the query or fragment.
            var cut = url.IndexOfAny(['?', '#']);
            var (path, rest) = cut >= 0 ? (url[..cut], url[cut..]) : (url, "");
            var target = Pages.SiteUrls.Combine("/" + folder, Rendering.LinkTarget.Decode(path))?.TrimStart('/');
            if (target is null || !names.TryGetValue(target, out var hashed)) return match.Value;
            // Both live under assets/: the new name relative to the stylesheet's folder.
            var relative = Pages.SiteUrls.Relative("/assets/" + folder, "/" + hashed);
            return $"url(\"{relative}{rest}\")";
        });
    }

    [GeneratedRegex("""url\(\s*(['"]?)(?<url>[^'")\s:]+)\1\s*\)""")]
    private static partial Regex CssUrl();
}
