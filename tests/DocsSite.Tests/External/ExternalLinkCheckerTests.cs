using System.Diagnostics;
using DocsSite.Diagnostics;
using DocsSite.External;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.External;

/// <summary>The external check, against a real server on 127.0.0.1; never the internet.</summary>
public sealed class ExternalLinkCheckerTests : IAsyncLifetime
{
    private LocalServer _server = null!;
    private readonly HttpClient _http = new();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "docssite-cache-" + Guid.NewGuid().ToString("N") + ".json");

    public async Task InitializeAsync() => _server = await LocalServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        File.Delete(_cache);
    }

    private ExternalLink Link(string path, int line = 3) =>
        new(_server.BaseUrl + path, [new SourceLocation("page.md", line, 7)]);

    private async Task<IReadOnlyList<Diagnostic>> Check(ExternalCheckOptions options, TimeProvider? time = null, params ExternalLink[] links)
    {
        var bag = new DiagnosticBag();
        await new ExternalLinkChecker(_http, options, time ?? TimeProvider.System).CheckAsync(links, bag, CancellationToken.None);
        return bag.Sorted();
    }

    [Fact]
    public async Task A_missing_page_is_an_error_at_each_place_it_is_linked()
    {
        var missing = new ExternalLink(_server.BaseUrl + "/missing", [new SourceLocation("a.md", 2, 5), new SourceLocation("b.md", 9, 1)]);
        var found = await Check(new ExternalCheckOptions(), null, Link("/ok"), missing);
        Assert.Equal([("DS2110", "a.md", 2, 5), ("DS2110", "b.md", 9, 1)], found.Select(d => (d.Code, d.File, d.Line, d.Column)));
        Assert.Equal($"External link `{_server.BaseUrl}/missing` answered 404 Not Found.", found[0].Message);
    }

    [Fact]
    public async Task A_server_that_refuses_head_is_asked_with_get() =>
        Assert.Empty(await Check(new ExternalCheckOptions(), null, Link("/no-head")));

    [Fact]
    public async Task A_429_is_retried_after_the_time_retry_after_asks()
    {
        var clock = Stopwatch.StartNew();
        Assert.Empty(await Check(new ExternalCheckOptions(), null, Link("/busy-once")));
        Assert.Equal(2, _server.HitsOn("/busy-once"));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_is_not_waited_for()
    {
        var found = await Check(new ExternalCheckOptions { MaxRetryWait = TimeSpan.FromSeconds(5) }, null, Link("/busy-long"));
        Assert.Contains("asked to retry after 3600 s", Assert.Single(found).Message);
        Assert.Equal(1, _server.HitsOn("/busy-long"));
    }

    [Fact]
    public async Task A_server_that_never_answers_is_a_warning_after_every_try()
    {
        var found = await Check(new ExternalCheckOptions { Timeout = TimeSpan.FromMilliseconds(200), Retries = 1 }, null, Link("/slow"));
        var d = Assert.Single(found);
        Assert.Equal((Severity.Warning, "DS2111"), (d.Severity, d.Code));
        Assert.EndsWith("did not answer within 0.2 s, after 2 tries.", d.Message);
    }

    [Fact]
    public async Task No_more_requests_than_allowed_go_to_one_host_at_once()
    {
        var links = Enumerable.Range(0, 8).Select(i => Link($"/limited/{i}")).ToArray();
        Assert.Empty(await Check(new ExternalCheckOptions { PerHost = 2 }, null, links));
        Assert.Equal(2, _server.MaxConcurrent);
    }

    [Fact]
    public async Task Recent_successes_come_from_the_cache_until_they_are_too_old()
    {
        var time = new ManualTime(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        var options = new ExternalCheckOptions { CacheFile = _cache, MaxAge = TimeSpan.FromDays(7) };
        await Check(options, time, Link("/ok"));
        time.Now = time.Now.AddDays(6);
        await Check(options, time, Link("/ok"));
        Assert.Equal(1, _server.HitsOn("/ok"));
        time.Now = time.Now.AddDays(2);
        await Check(options, time, Link("/ok"));
        Assert.Equal(2, _server.HitsOn("/ok"));
    }

    [Fact]
    public async Task Ignored_urls_are_not_requested()
    {
        Assert.Empty(await Check(new ExternalCheckOptions { Ignore = [_server.BaseUrl + "/miss*"] }, null, Link("/missing")));
        Assert.Equal(0, _server.HitsOn("/missing"));
    }

    [Fact]
    public async Task Check_external_reports_broken_links_at_their_place_in_the_source()
    {
        using var site = TestSite.Create($"""
            -- index.md --
            # Home

            Read [the spec]({_server.BaseUrl}/missing) and [this]({_server.BaseUrl}/ok).
            """);
        var (code, output, error) = await Cli.CommandLineTests.Run("check", "--input", site.Input, "--theme", Repo.Theme,
            "--external", "--cache", _cache);
        Assert.Equal(1, code);
        Assert.Contains($"index.md(3,17): error DS2110: External link `{_server.BaseUrl}/missing` answered 404 Not Found.", error);
        Assert.StartsWith("Check failed: 1 pages, 1 errors", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task External_ignore_in_site_yml_is_honoured_by_check_external()
    {
        using var site = TestSite.Create($"""
            -- site.yml --
            title: T
            external_ignore: ["{_server.BaseUrl}/miss*"]
            -- index.md --
            # Home

            Read [the spec]({_server.BaseUrl}/missing).
            """);
        var (code, output, error) = await Cli.CommandLineTests.Run("check", "--input", site.Input, "--theme", Repo.Theme,
            "--external", "--cache", _cache);
        Assert.True(code == 0, error);
        Assert.Equal(0, _server.HitsOn("/missing"));
        Assert.StartsWith("Checked 1 pages, 0 errors", output);
    }

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
