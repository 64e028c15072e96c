using DocsSite.Outputs;

namespace DocsSite.Links;

/// <summary>
/// Links that leave the input folder for the rest of the repository (<c>../api/x.proto</c>, or
/// <c>/BUILDING.md</c>, which code hosts read from the repository's root) work on the code host.
/// When the site names its repository (<c>repository:</c>, the URL of its files at a branch, such
/// as <c>https://github.com/o/r/blob/main/</c>) and the target exists in the checkout, such a link
/// becomes a link to the file there. Only whether the target exists is looked at: nothing outside
/// the input is read or published.
/// </summary>
internal sealed class RepositoryLinks
{
    private readonly string _input;
    private readonly string _checkout;
    private readonly string _url;

    private RepositoryLinks(string input, string checkout, string url)
    {
        _input = input;
        _checkout = checkout;
        _url = url.EndsWith('/') ? url : url + "/";
    }

    /// <summary>A NUL (from "%00") or another character no file name can hold: no file, and no exception.</summary>
    private static bool IsPath(string path) => path.IndexOfAny(Path.GetInvalidPathChars()) < 0 && !path.Contains('\0');

    /// <summary>Null when the site names no repository or the input is not inside a git checkout.</summary>
    public static RepositoryLinks? Find(string inputRoot, string? repositoryUrl)
    {
        if (repositoryUrl is null) return null;
        var input = Path.GetFullPath(inputRoot).TrimEnd(Path.DirectorySeparatorChar);
        return Data.GitCheckout.RootOf(input) is { } checkout ? new RepositoryLinks(input, checkout, repositoryUrl) : null;
    }

    /// <summary>The repository URL of a file of the input ("_data/faq.yml"): its path from the checkout's root, for edit links.</summary>
    public string FileUrl(string inputPath) =>
        _url + SitePath.Encode(Path.GetRelativePath(_checkout, Path.Combine(_input, inputPath)).Replace('\\', '/'));

    /// <summary>
    /// A path from the repository's root that lands inside the input ("/docs/PLUGINS.md" when the
    /// input is <c>docs/</c>), as the site path it is ("/PLUGINS.md"); null otherwise.
    /// </summary>
    public string? SitePathOf(string decodedRootPath)
    {
        if (!IsPath(decodedRootPath)) return null;
        var full = Path.GetFullPath(Path.Combine(_checkout, decodedRootPath.TrimStart('/')));
        if (!full.StartsWith(_input + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return "/" + Path.GetRelativePath(_input, full).Replace('\\', '/') + (decodedRootPath.EndsWith('/') ? "/" : "");
    }

    /// <summary>
    /// The repository URL of a decoded path written in <paramref name="sourceFolder"/> (a site folder such
    /// as "/guide/"): relative paths resolve from the file's folder, "/x" from the repository's root.
    /// Null when the target is inside the input (that is the site's business) or exists nowhere.
    /// </summary>
    public string? Link(string sourceFolder, string decodedPath)
    {
        if (!IsPath(decodedPath) || !IsPath(sourceFolder)) return null;
        var full = decodedPath.StartsWith('/')
            ? Path.GetFullPath(Path.Combine(_checkout, decodedPath.TrimStart('/')))
            : Path.GetFullPath(Path.Combine([_input, .. sourceFolder.Split('/', StringSplitOptions.RemoveEmptyEntries), decodedPath]));
        var inCheckout = full.StartsWith(_checkout + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var inInput = full.StartsWith(_input + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full == _input;
        if (!inCheckout || inInput || !(File.Exists(full) || Directory.Exists(full))) return null;
        return _url + SitePath.Encode(Path.GetRelativePath(_checkout, full).Replace('\\', '/'));
    }
}
