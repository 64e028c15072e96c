using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace DocsSite.Tests.Hosting;

/// <summary>
/// The real site built for a project site under <c>/docs/</c>, served by Kestrel as a static host
/// serves it (an unknown path answers 404 with the site's 404.html), and crawled like a reader would.
/// </summary>
public sealed class SubPathCrawlTests : IAsyncLifetime
{
    private const string Prefix = "/docs/";
    private readonly string _output = Path.Combine(Path.GetTempPath(), "docssite-tests", Guid.NewGuid().ToString("N"), "output");
    private WebApplication _app = null!;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private string _origin = "";

    public async Task InitializeAsync()
    {
        var result = BuildPipeline.Run(new BuildOptions(Repo.Input, Repo.Theme, _output, BaseUrl: "https://example.org/docs/"));
        Assert.True(result.Written, string.Join('\n', result.Diagnostics.Sorted()));
        var files = new PhysicalFileProvider(_output);
        (_app, _origin) = await Kestrel.StartAsync(app => app.Run(context => Serve(context, files)));
    }

    /// <summary>What Netlify, GitHub Pages and nginx's try_files do: a file, a folder's index.html, else 404.html with status 404.</summary>
    private static async Task Serve(HttpContext context, PhysicalFileProvider files)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var relative = path[Prefix.Length..];
            var file = files.GetFileInfo(relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
            if (file is { Exists: true, IsDirectory: false })
            {
                context.Response.ContentType = ContentType(file.Name);
                await context.Response.SendFileAsync(file);
                return;
            }
            if (files.GetFileInfo(relative + "/index.html").Exists)
            {
                context.Response.Redirect(path + "/");
                return;
            }
        }
        context.Response.StatusCode = 404;
        var notFound = files.GetFileInfo("404.html");
        if (!notFound.Exists) return;
        context.Response.ContentType = "text/html";
        await context.Response.SendFileAsync(notFound);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html",
        ".css" => "text/css",
        ".js" => "text/javascript",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml",
        _ => "application/octet-stream",
    };

    [Fact]
    public async Task Every_link_and_asset_of_every_page_answers_200_under_the_sub_path()
    {
        var start = new Uri(_origin + Prefix);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.AbsoluteUri };
        var queue = new Queue<(Uri Url, string From)>([(start, "(start)")]);
        var broken = new List<string>();
        var pages = 0;
        while (queue.TryDequeue(out var item))
        {
            var response = await _http.GetAsync(item.Url);
            if ((int)response.StatusCode != 200)
            {
                broken.Add($"{(int)response.StatusCode} {item.Url.PathAndQuery} (linked from {item.From})");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            pages++;
            foreach (var link in Links(await response.Content.ReadAsStringAsync(), item.Url))
                if (seen.Add(link.AbsoluteUri)) queue.Enqueue((link, item.Url.AbsolutePath));
        }
        Assert.True(broken.Count == 0, string.Join('\n', broken));
        Assert.True(pages >= 60, $"Only {pages} pages were reached.");
        Assert.Contains(seen, u => u.EndsWith("/docs/assets/site.css", StringComparison.Ordinal) || u.Contains("/docs/assets/site.", StringComparison.Ordinal));
    }

    /// <summary>From pages at three depths: every citation marker lands on a ledger entry under the sub-path, which links back to that very marker.</summary>
    [Theory]
    [InlineData("/docs/")]
    [InlineData("/docs/history/")]
    [InlineData("/docs/glossary/hypervisor/")]
    public async Task Every_citation_marker_lands_on_its_ledger_entry_which_links_back_to_it(string path)
    {
        var pageUrl = new Uri(_origin + path);
        var page = new HtmlParser().ParseDocument(await _http.GetStringAsync(pageUrl));
        var ledgerUrl = new Uri(_origin + Prefix + "facts/");
        var ledger = new HtmlParser().ParseDocument(await _http.GetStringAsync(ledgerUrl));
        var markers = page.QuerySelectorAll("sup.cite a[id]").ToList();
        Assert.NotEmpty(markers);
        foreach (var marker in markers)
        {
            var target = new Uri(pageUrl, marker.GetAttribute("href"));
            Assert.Equal(ledgerUrl.AbsolutePath, target.AbsolutePath);
            var entry = ledger.GetElementById(target.Fragment[1..]);
            Assert.True(entry?.ClassList.Contains("ledger-entry") == true, $"{marker.Id} on {path} links to {target}, which is no ledger entry");
            var back = entry!.QuerySelectorAll("a[href]").Select(a => new Uri(ledgerUrl, a.GetAttribute("href")));
            Assert.Contains(back, u => u.AbsolutePath == pageUrl.AbsolutePath && u.Fragment == "#" + marker.Id);
        }
    }

    [Theory]
    [InlineData("/docs/no-such-page/")]
    [InlineData("/docs/a/b/c/deep/missing.html")]
    public async Task An_unknown_path_at_any_depth_gets_the_404_page_with_working_links_and_styles(string path)
    {
        var url = new Uri(_origin + path);
        var response = await _http.GetAsync(url);
        Assert.Equal(404, (int)response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var links = Links(html, url).ToList();
        Assert.Contains(links, l => l.AbsolutePath.StartsWith("/docs/assets/", StringComparison.Ordinal) && l.AbsolutePath.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(links, l => l.AbsolutePath == "/docs/");
        foreach (var link in links)
            Assert.True((int)(await _http.GetAsync(link)).StatusCode == 200, $"{link} from the 404 page at {path}");
    }

    /// <summary>Every same-origin URL a browser would fetch or follow from the page, resolved as a browser does (honouring &lt;base href&gt;).</summary>
    private IEnumerable<Uri> Links(string html, Uri page)
    {
        var document = new HtmlParser().ParseDocument(html);
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        var baseUrl = baseHref is null ? page : new Uri(page, baseHref);
        var urls = new List<string>();
        foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src], source[src], img[srcset], source[srcset]"))
        {
            if (element.GetAttribute("href") is { } href) urls.Add(href);
            if (element.GetAttribute("src") is { } src) urls.Add(src);
            if (element.GetAttribute("srcset") is { } srcset)
                urls.AddRange(srcset.Split(',').Select(c => c.Trim().Split(' ')[0]).Where(c => c.Length > 0));
        }
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(baseUrl, url, out var resolved) || resolved.Scheme is not ("http" or "https")) continue;
            if (resolved.Authority != page.Authority) continue;
            yield return new UriBuilder(resolved) { Fragment = "" }.Uri;
        }
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true); }
        catch (IOException) { }
    }
}
