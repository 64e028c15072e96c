namespace DocsSite.Outputs;

/// <summary>
/// One destination in the site, as Hugo's target-path descriptor: a decoded, '/'-separated
/// path under the output root ("guide/c#/index.html"). It gives both the file to write and the
/// URL to link to, and it is the only place a path is percent-encoded, once, for hrefs.
/// Paths compare by <see cref="Comparer"/> everywhere; <see cref="FoldedKey"/> finds pairs that
/// differ only by letter case, which collide on Windows, macOS and case-insensitive hosts.
/// </summary>
internal readonly record struct SitePath : IComparable<SitePath>
{
    private const string Index = "index.html";

    private SitePath(string value) => Value = value;

    /// <summary>The decoded path without a leading '/': "guide/c#/index.html", "sitemap.xml".</summary>
    public string Value { get; }

    public static StringComparer Comparer => StringComparer.Ordinal;

    /// <summary>A file path under the root ("assets/site.css", "404.html").</summary>
    public static SitePath File(string relative) => new(relative.TrimStart('/'));

    /// <summary>A site URL ("/guide/", "/404.html") as the file it is written to: folder URLs get "index.html".</summary>
    public static SitePath OfUrl(string url) => new(url.EndsWith('/') ? url.TrimStart('/') + Index : url.TrimStart('/'));

    /// <summary>The site URL a reader sees: "/guide/" for "guide/index.html", "/sitemap.xml" otherwise.</summary>
    public string Url => Value == Index ? "/"
        : Value.EndsWith("/" + Index, StringComparison.Ordinal) ? "/" + Value[..^Index.Length]
        : "/" + Value;

    public bool IsHtml => Value.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Equal for paths that differ only by letter case.</summary>
    public string FoldedKey => Value.ToUpperInvariant();

    /// <summary>The file under <paramref name="root"/>, with this system's separators.</summary>
    public string FileIn(string root) => Path.Combine([root, .. Value.Split('/')]);

    /// <summary>Percent-encodes each segment of a decoded site path ("c#/100%/" -> "c%23/100%25/").</summary>
    public static string Encode(string decodedPath) =>
        decodedPath.AsSpan().ContainsAnyExcept(Unreserved) ? string.Join('/', decodedPath.Split('/').Select(Uri.EscapeDataString)) : decodedPath;

    /// <summary>What <see cref="Uri.EscapeDataString(string)"/> leaves alone (RFC 3986's unreserved characters), and '/'; most paths hold nothing else.</summary>
    private static readonly System.Buffers.SearchValues<char> Unreserved =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");

    public int CompareTo(SitePath other) => Comparer.Compare(Value, other.Value);

    public override string ToString() => Value;
}
