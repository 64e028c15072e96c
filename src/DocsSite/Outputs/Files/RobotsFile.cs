using DocsSite.Rendering;

namespace DocsSite.Outputs.Files;

/// <summary><c>robots.txt</c>: everything may be crawled; with a base URL it names the sitemap.</summary>
internal sealed class RobotsFile : IGeneratedFile
{
    public IEnumerable<OutputDocument> Generate(SiteIndex site, OutputManifest manifest)
    {
        var text = "User-agent: *\nAllow: /\n";
        if (site.Settings.BaseUrl is { } baseUrl) text += $"\nSitemap: {baseUrl.TrimEnd('/')}/sitemap.xml\n";
        yield return OutputDocument.Generated(SitePath.File("robots.txt"), text, "the generated robots.txt");
    }
}
