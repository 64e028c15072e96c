using System.Collections.Concurrent;
using System.Net;
using DocsSite.Diagnostics;

namespace DocsSite.External;

/// <summary>
/// Follows http(s) links for <c>check --external</c>: at most <see cref="ExternalCheckOptions.PerHost"/>
/// requests to one host at a time, a timeout per request, retries that wait as long as a
/// 429 or 503 answer's Retry-After asks (within a limit), a cache of recent successes and
/// an ignore list. A link that answers 4xx or 5xx is an error at every place it is written;
/// one that never answers is a warning, since the fault may be the network's.
/// </summary>
internal sealed class ExternalLinkChecker(HttpClient http, ExternalCheckOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task CheckAsync(IReadOnlyList<ExternalLink> links, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var cache = LinkCache.Load(options.CacheFile, options.MaxAge);
        var ignore = new IgnoreList(options.Ignore);
        var now = time.GetUtcNow();
        await Task.WhenAll(links.Where(l => !ignore.Ignores(l.Url) && !cache.IsFresh(l.Url, now)).Select(async link =>
        {
            var outcome = await ProbeAsync(link.Url, cancel);
            if (outcome.Ok)
            {
                cache.Record(link.Url, time.GetUtcNow());
                return;
            }
            var code = outcome.Unreachable ? DiagnosticCodes.ExternalUnreachable : DiagnosticCodes.ExternalBroken;
            foreach (var place in link.Places)
                diagnostics.Add(code, place, link.Url, outcome.Problem);
        }));
        cache.Save();
    }

    private async Task<Outcome> ProbeAsync(string url, CancellationToken cancel)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return Outcome.Broken("is not a valid URL.");
        var gate = _hosts.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(options.PerHost));
        await gate.WaitAsync(cancel);
        try
        {
            // The gate stays held while waiting to retry: a host that asked us to slow down gets no other request meanwhile.
            for (var attempt = 0; ; attempt++)
            {
                var last = attempt >= options.Retries;
                try
                {
                    using var response = await SendAsync(uri, cancel);
                    var status = (int)response.StatusCode;
                    if (status < 400) return Outcome.Success;
                    if (status is 429 or 503 && !last)
                    {
                        var wait = RetryAfter(response) ?? Backoff(attempt);
                        if (wait > options.MaxRetryWait)
                            return Outcome.Broken($"answered {status} and asked to retry after {wait.TotalSeconds:0} s, longer than the {options.MaxRetryWait.TotalSeconds:0} s allowed.");
                        await Task.Delay(wait, time, cancel);
                        continue;
                    }
                    return Outcome.Broken($"answered {status} {response.ReasonPhrase}.".Replace(" .", "."));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
                {
                    if (last)
                    {
                        var why = e is TaskCanceledException ? $"did not answer within {options.Timeout.TotalSeconds:0.#} s" : $"could not be reached ({e.Message})";
                        return Outcome.NoAnswer($"{why}, after {attempt + 1} tries.");
                    }
                    await Task.Delay(Backoff(attempt), time, cancel);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>HEAD first; servers that refuse HEAD get a GET whose body is not read.</summary>
    private async Task<HttpResponseMessage> SendAsync(Uri uri, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.Timeout);
        var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (response.StatusCode is not (HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented)) return response;
        response.Dispose();
        return await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt));

    private sealed record Outcome(bool Ok, bool Unreachable, string Problem)
    {
        public static Outcome Success { get; } = new(true, false, "");

        public static Outcome Broken(string problem) => new(false, false, problem);

        public static Outcome NoAnswer(string problem) => new(false, true, problem);
    }
}
