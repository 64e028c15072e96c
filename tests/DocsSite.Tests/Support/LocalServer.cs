using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DocsSite.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a port of its own, whose routes behave like the
/// web servers an external link check meets: fine, missing, busy, slow, refusing HEAD.
/// </summary>
internal sealed class LocalServer : IAsyncDisposable
{
    private WebApplication? _app;
    private int _busyCalls;
    private int _inFlight;
    private int _maxConcurrent;

    private LocalServer()
    {
    }

    public string BaseUrl { get; private set; } = "";

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public int MaxConcurrent => _maxConcurrent;

    public static async Task<LocalServer> StartAsync()
    {
        var server = new LocalServer();
        (server._app, server.BaseUrl) = await Kestrel.StartAsync(server.Map);
        return server;
    }

    public int HitsOn(string path) => Hits.GetValueOrDefault(path);

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            Hits.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next();
        });
        app.MapMethods("/ok", ["GET", "HEAD"], () => Results.Ok());
        app.MapMethods("/missing", ["GET", "HEAD"], () => Results.NotFound());
        app.MapMethods("/no-head", ["HEAD"], () => Results.StatusCode(405));
        app.MapGet("/no-head", () => Results.Ok());
        app.MapMethods("/busy-once", ["GET", "HEAD"], (HttpContext c) =>
        {
            if (Interlocked.Increment(ref _busyCalls) > 1) return Results.Ok();
            c.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(429);
        });
        app.MapMethods("/busy-long", ["GET", "HEAD"], (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "3600";
            return Results.StatusCode(429);
        });
        app.MapMethods("/slow", ["GET", "HEAD"], async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            return Results.Ok();
        });
        app.MapMethods("/limited/{n}", ["GET", "HEAD"], async (string n) =>
        {
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while ((seen = _maxConcurrent) < now && Interlocked.CompareExchange(ref _maxConcurrent, now, seen) != seen) { }
            await Task.Delay(150);
            Interlocked.Decrement(ref _inFlight);
            return Results.Ok();
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
