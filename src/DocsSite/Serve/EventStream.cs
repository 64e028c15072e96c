using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace DocsSite.Serve;

/// <summary>
/// <c>/_docssite/events</c>: server-sent events to every open page. On connecting, a page gets the
/// current status (so a page opened while the build is broken shows the errors); then a
/// <c>reload</c> after each successful build, or a <c>status</c> with the errors of a failed one.
/// </summary>
internal sealed class EventStream
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];

    public int ClientCount
    {
        get
        {
            lock (_lock) return _clients.Count;
        }
    }

    public void Publish(string name, string json)
    {
        var message = $"event: {name}\ndata: {json}\n\n";
        lock (_lock)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }

    public async Task ServeAsync(HttpContext context, string currentStatusJson)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        channel.Writer.TryWrite($"retry: 500\nevent: status\ndata: {currentStatusJson}\n\n");
        lock (_lock) _clients.Add(channel);
        try
        {
            var cancel = context.RequestAborted;
            await foreach (var message in channel.Reader.ReadAllAsync(cancel))
            {
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), cancel);
                await response.Body.FlushAsync(cancel);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            lock (_lock) _clients.Remove(channel);
        }
    }

    /// <summary>Ends every stream, so the server can stop without waiting for open pages.</summary>
    public void Close()
    {
        lock (_lock)
            foreach (var client in _clients) client.Writer.TryComplete();
    }
}
