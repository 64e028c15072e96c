using System.Text;
using System.Xml;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Outputs.Files;

/// <summary>
/// <c>sitemap.xml</c> lists every page by its absolute URL, so it needs the site's public
/// address: without <c>base_url</c> (or <c>--base-url</c>) there is no sitemap.
/// </summary>
internal sealed class SitemapFile : IGeneratedFile
{
    public IEnumerable<OutputDocument> Generate(SiteIndex site, OutputManifest manifest)
    {
        if (site.Settings.BaseUrl is not { } baseUrl) yield break;
        var root = baseUrl.TrimEnd('/');
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in site.Pages.Where(p => p.Kind != PageKind.NotFound && p.Indexed))
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", root + "/" + SitePath.Encode(page.Url.TrimStart('/')));
                if (site.Updated(page) is { } day)
                    writer.WriteElementString("lastmod", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        // StringBuilder output declares UTF-16; the file is written as UTF-8.
        yield return OutputDocument.Generated(SitePath.File("sitemap.xml"), xml.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n", "the generated sitemap");
    }
}
