using System.Text.Json;
using System.Threading.Channels;

namespace DocsSite.Tests.Support;

/// <summary>Reads a server-sent event stream with HttpClient, as a browser's EventSource would, and queues each event.</summary>
internal sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Name, JsonElement Data)> _events = Channel.CreateUnbounded<(string, JsonElement)>();
    private Task _reading = Task.CompletedTask;

    public static async Task<EventStreamClient> ConnectAsync(string url)
    {
        var client = new EventStreamClient();
        var response = await client._http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, client._stop.Token);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync(client._stop.Token);
        client._reading = client.ReadAsync(new StreamReader(stream));
        return client;
    }

    private async Task ReadAsync(StreamReader reader)
    {
        string? name = null;
        string? data = null;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                else if (line.Length == 0 && name is not null)
                {
                    _events.Writer.TryWrite((name, JsonDocument.Parse(data ?? "null").RootElement.Clone()));
                    name = data = null;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // Disposed, or the server stopped.
        }
        _events.Writer.TryComplete();
    }

    /// <summary>The next event, waiting at most <paramref name="seconds"/>.</summary>
    public async Task<(string Name, JsonElement Data)> NextAsync(double seconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _events.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Events that arrive within <paramref name="quiet"/> from now.</summary>
    public async Task<List<string>> DrainAsync(TimeSpan quiet)
    {
        await Task.Delay(quiet);
        var names = new List<string>();
        while (_events.Reader.TryRead(out var e)) names.Add(e.Name);
        return names;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _http.Dispose();
        _stop.Dispose();
    }
}
