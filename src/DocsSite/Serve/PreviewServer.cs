using System.Text.Json;
using DocsSite.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocsSite.Serve;

/// <summary>
/// <c>docssite serve</c>: builds into a preview folder, serves it on 127.0.0.1 only, rebuilds when
/// the input or theme changes, and tells open pages to reload (or shows them the errors).
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly Rebuilder _rebuilder;
    private readonly EventStream _events = new();
    private readonly OutputFiles _files;
    private WebApplication? _app;
    private ChangeWatcher? _watcher;
    private Output.OutputLock? _lock;

    private PreviewServer(ServeOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        _rebuilder = new Rebuilder(options);
        _files = new OutputFiles(options.Output);
    }

    public string Url { get; private set; } = "";

    public Rebuilder Rebuilder => _rebuilder;

    public EventStream Events => _events;

    /// <exception cref="Output.OutputRefusedException">Another build or preview holds the output folder, or it holds files DocsSite did not write.</exception>
    public static async Task<PreviewServer> StartAsync(ServeOptions options, TextWriter log)
    {
        // Held for the whole preview, as a build holds it while writing: two previews (or a preview
        // and a build) into one folder would overwrite each other's pages between reloads.
        var (held, refused) = Output.OutputLock.TakeToWrite(options.Output);
        if (refused is not null) throw new Output.OutputRefusedException(refused);
        var server = new PreviewServer(options, log) { _lock = held };
        try
        {
            await server.StartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    private async Task StartAsync()
    {
        var first = await _rebuilder.BuildAsync([]);
        Report(first, firstBuild: true);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Loopback only: a preview is for the person at this machine, not the network.
        builder.WebHost.UseUrls($"http://127.0.0.1:{_options.Port}");
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync();
        _app = app;
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        _watcher = new ChangeWatcher([_options.Input, _options.Theme], _options.Output, _options.QuietPeriod, changes => { _ = RebuildAsync(changes); });
    }

    private async Task RebuildAsync(IReadOnlyCollection<string> changes)
    {
        try
        {
            var status = await _rebuilder.BuildAsync(changes);
            Report(status, firstBuild: false);
            if (status.Failed) _events.Publish("status", StatusJson(status));
            else _events.Publish("reload", JsonSerializer.Serialize(new { version = status.Version }));
        }
        catch (Exception e)
        {
            // Never let one bad rebuild stop the preview: say so and keep serving the last good build.
            lock (_log) _log.WriteLine($"docssite: the rebuild failed: {e.Message}");
        }
    }

    private void Report(BuildStatus status, bool firstBuild)
    {
        var ms = _rebuilder.LastElapsed.TotalMilliseconds;
        lock (_log)
        {
            if (status.Failed)
            {
                // As the build command prints them: from where the command ran, so editors can open them.
                foreach (var d in status.Errors)
                    _log.WriteLine(File.Exists(Path.Combine(_options.Input, d.File)) ? d with { File = Path.Combine(_options.Input, d.File).Replace('\\', '/') } : d);
                _log.WriteLine($"Build failed with {status.Errors.Count} errors in {ms:0} ms; serving the last good build.");
            }
            else
            {
                _log.WriteLine(firstBuild ? $"Built in {ms:0} ms."
                    : _rebuilder.LastWasPageRefresh ? $"Re-rendered the changed page in {ms:0} ms; reloading open pages."
                    : $"Rebuilt in {ms:0} ms; reloading open pages.");
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (request.Method is not ("GET" or "HEAD"))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var path = request.Path.Value ?? "/";
        switch (path)
        {
            case PreviewAssets.EventsPath:
                await _events.ServeAsync(context, StatusJson(_rebuilder.Status));
                return;
            case PreviewAssets.StatusPath:
                await Send(response, 200, "application/json", StatusJson(_rebuilder.Status));
                return;
            case PreviewAssets.ScriptPath:
                await Send(response, 200, "text/javascript", PreviewAssets.Script);
                return;
            case PreviewAssets.StylePath:
                await Send(response, 200, "text/css", PreviewAssets.Style);
                return;
        }

        var file = _files.Find(path, out var isFolder);
        if (file is not null && isFolder)
        {
            // Relative links in a folder's index page need the trailing slash.
            response.Redirect(path + "/" + request.QueryString);
            return;
        }
        if (file is null)
        {
            await NotFound(response);
            return;
        }
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            await Send(response, 200, "text/html; charset=utf-8", HtmlInjector.Inject(await File.ReadAllTextAsync(file)));
            return;
        }
        response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        response.Headers.CacheControl = "no-store";
        await response.SendFileAsync(file);
    }

    /// <summary>The site's own 404 page when it has one, with the reload script; before any good build, a page that shows the errors.</summary>
    private async Task NotFound(HttpResponse response)
    {
        var page = Path.Combine(_files.Root, "404.html");
        if (File.Exists(page))
            await Send(response, 404, "text/html; charset=utf-8", HtmlInjector.Inject(await File.ReadAllTextAsync(page)));
        else if (_rebuilder.Status.Version == 0)
            await Send(response, 404, "text/html; charset=utf-8", HtmlInjector.Inject(PreviewAssets.NoBuildYet));
        else
            await Send(response, 404, "text/plain; charset=utf-8", "Not found\n");
    }

    private static async Task Send(HttpResponse response, int status, string type, string body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers.CacheControl = "no-store";
        await response.WriteAsync(body);
    }

    public static string StatusJson(BuildStatus status) => JsonSerializer.Serialize(new
    {
        version = status.Version,
        errors = status.Errors.Select(d => new
        {
            file = d.File,
            line = d.Line,
            column = d.Column,
            code = d.Code,
            message = d.Message,
        }),
    });

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _events.Close();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _lock?.Dispose();
    }
}
