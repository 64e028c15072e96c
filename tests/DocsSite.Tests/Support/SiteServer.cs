using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace DocsSite.Tests.Support;

/// <summary>Serves a built site from a folder on 127.0.0.1, as any static host would.</summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<SiteServer> StartAsync(string folder)
    {
        var files = new PhysicalFileProvider(folder);
        var (app, baseUrl) = await Kestrel.StartAsync(app =>
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        });
        return new SiteServer(app, baseUrl + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
