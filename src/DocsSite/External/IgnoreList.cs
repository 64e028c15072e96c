using System.Text.RegularExpressions;

namespace DocsSite.External;

/// <summary>URL patterns not to check; <c>*</c> matches any run of characters ("https://example.org/*").</summary>
internal sealed class IgnoreList(IEnumerable<string> patterns)
{
    private readonly Regex[] _patterns = patterns
        .Select(p => new Regex("^" + Regex.Escape(p).Replace("\\*", ".*") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
        .ToArray();

    public bool Ignores(string url) => _patterns.Any(p => p.IsMatch(url));
}
