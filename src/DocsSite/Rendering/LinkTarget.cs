namespace DocsSite.Rendering;

/// <summary>A link URL split into path, query and fragment, and whether it stays inside the site.</summary>
internal sealed record LinkTarget(string Path, string Query, string Fragment, bool IsInternal)
{
    /// <summary>The fragment without '#', percent-decoded as a browser does before looking for the id.</summary>
    public string DecodedFragment => Decode(Fragment.TrimStart('#'));

    /// <summary>Percent-decoding as browsers do before looking up a path or an id; the one place it happens.</summary>
    public static string Decode(string text) => Uri.UnescapeDataString(text);

    /// <summary>"#" and "#top" need no element: browsers scroll to the top.</summary>
    public static bool IsTopOfPage(string fragment) => fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase);

    public static LinkTarget? Parse(string url)
    {
        var trimmed = url.Trim();
        // A scheme ("https:", "mailto:", "tel:", "javascript:") or "//host" leaves the site.
        var colon = trimmed.IndexOf(':');
        var firstSpecial = trimmed.IndexOfAny(['/', '?', '#']);
        var external = trimmed.StartsWith("//", StringComparison.Ordinal) || (colon > 0 && (firstSpecial < 0 || colon < firstSpecial));
        var hash = trimmed.IndexOf('#');
        var fragment = hash >= 0 ? trimmed[hash..] : "";
        var beforeHash = hash >= 0 ? trimmed[..hash] : trimmed;
        var question = beforeHash.IndexOf('?');
        var query = question >= 0 ? beforeHash[question..] : "";
        var path = question >= 0 ? beforeHash[..question] : beforeHash;
        return new LinkTarget(path, query, fragment, !external);
    }
}
