using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocsSite.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a port of its own, whose routes behave like the
/// web servers an external link check meets: fine, missing, busy, slow, refusing HEAD.
/// </summary>
internal sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _busyCalls;
    private int _inFlight;

    private LocalServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public int MaxConcurrent { get; private set; }

    public static async Task<LocalServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LocalServer(app);
        app.Use(async (context, next) =>
        {
            server.Hits.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next();
        });
        app.MapMethods("/ok", ["GET", "HEAD"], () => Results.Ok());
        app.MapMethods("/missing", ["GET", "HEAD"], () => Results.NotFound());
        app.MapMethods("/no-head", ["HEAD"], () => Results.StatusCode(405));
        app.MapGet("/no-head", () => Results.Ok());
        app.MapMethods("/busy-once", ["GET", "HEAD"], (HttpContext c) =>
        {
            if (Interlocked.Increment(ref server._busyCalls) > 1) return Results.Ok();
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
            var now = Interlocked.Increment(ref server._inFlight);
            lock (server) server.MaxConcurrent = Math.Max(server.MaxConcurrent, now);
            await Task.Delay(150);
            Interlocked.Decrement(ref server._inFlight);
            return Results.Ok();
        });
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public int HitsOn(string path) => Hits.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
