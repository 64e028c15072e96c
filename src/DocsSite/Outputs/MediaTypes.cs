namespace DocsSite.Outputs;

/// <summary>Media types by file extension, for the manifest and the feeds built from it.</summary>
internal static class MediaTypes
{
    public const string Html = "text/html";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = Html, [".css"] = "text/css", [".js"] = "text/javascript", [".json"] = "application/json",
        [".xml"] = "application/xml", [".txt"] = "text/plain", [".svg"] = "image/svg+xml", [".png"] = "image/png",
        [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif", [".webp"] = "image/webp",
        [".ico"] = "image/x-icon", [".pdf"] = "application/pdf", [".woff2"] = "font/woff2",
    };

    public static string Of(string path) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(path)) ?? "application/octet-stream";
}
