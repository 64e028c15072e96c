using System.Net.Sockets;
using System.Text;
using DocsSite.Serve;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Serve;

/// <summary><c>docssite serve</c> against a small site: reloads, debounce, the error overlay's data, and paths outside the output.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    // Long enough that a loaded test machine still writes a burst within it.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private readonly TestSite _site = TestSite.Create("""
        -- index.md --
        # Home

        Read [the guide](guide.md).
        -- guide.md --
        # Guide

        First version.
        """);

    private PreviewServer _server = null!;
    private EventStreamClient _events = null!;
    private readonly HttpClient _http = new();

    private string Preview => Path.Combine(_site.Root, "preview");

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new ServeOptions(_site.Input, Repo.Theme, Preview, 0, false, Quiet), TextWriter.Null);
        _http.BaseAddress = new Uri(_server.Url);
        _events = await EventStreamClient.ConnectAsync(_server.Url + "_docssite/events");
        var (name, data) = await _events.NextAsync();
        Assert.Equal("status", name);
        Assert.Equal(0, data.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Serves_on_loopback_with_the_reload_script_added_to_pages_only()
    {
        Assert.StartsWith("http://127.0.0.1:", _server.Url);
        var html = await _http.GetStringAsync("guide/");
        Assert.Contains("<script src=\"/_docssite/reload.js\" defer></script></head>", html);
        Assert.Contains("First version.", html);
        var script = await _http.GetAsync("_docssite/reload.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource(\"/_docssite/events\")", await script.Content.ReadAsStringAsync());
        // The file on disk, like a published build, has no trace of the preview.
        Assert.DoesNotContain("_docssite", File.ReadAllText(Path.Combine(Preview, "guide/index.html")));
        var missing = await _http.GetAsync("no/such/page/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<script src=\"/_docssite/reload.js\" defer></script>", await missing.Content.ReadAsStringAsync());
        var cssHref = System.Text.RegularExpressions.Regex.Match(html, "href=\"\\.\\./(assets/site\\.[0-9a-f]+\\.css)\"").Groups[1].Value;
        var css = await _http.GetAsync(cssHref);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("_docssite", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_folder_without_its_slash_is_redirected_so_relative_links_work()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _http.BaseAddress };
        var response = await http.GetAsync("guide");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/guide/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Editing_a_page_sends_one_reload_and_serves_the_new_text()
    {
        File.WriteAllText(Path.Combine(_site.Input, "guide.md"), "# Guide\n\nSecond version.\n");
        var (name, _) = await _events.NextAsync();
        Assert.Equal("reload", name);
        Assert.Contains("Second version.", await _http.GetStringAsync("guide/"));
        Assert.Empty(await _events.DrainAsync(Quiet * 3));
        Assert.True(_server.Rebuilder.LastWasPageRefresh);
    }

    [Fact]
    public async Task Five_quick_saves_are_one_rebuild_and_one_reload()
    {
        var builds = _server.Rebuilder.Builds;
        var path = Path.Combine(_site.Input, "guide.md");
        for (var i = 1; i <= 5; i++) File.WriteAllText(path, $"# Guide\n\nSave number {i}.\n");
        Assert.Equal("reload", (await _events.NextAsync()).Name);
        Assert.Empty(await _events.DrainAsync(Quiet * 3));
        Assert.Equal(builds + 1, _server.Rebuilder.Builds);
        Assert.Contains("Save number 5.", await _http.GetStringAsync("guide/"));
    }

    [Fact]
    public async Task An_editor_save_by_temporary_file_and_rename_is_one_rebuild()
    {
        var builds = _server.Rebuilder.Builds;
        var temporary = Path.Combine(_site.Input, ".guide.md.tmp~");
        File.WriteAllText(temporary, "# Guide\n\nSaved by rename.\n");
        File.Move(temporary, Path.Combine(_site.Input, "guide.md"), overwrite: true);
        Assert.Equal("reload", (await _events.NextAsync()).Name);
        Assert.Empty(await _events.DrainAsync(Quiet * 3));
        Assert.Equal(builds + 1, _server.Rebuilder.Builds);
        Assert.Contains("Saved by rename.", await _http.GetStringAsync("guide/"));
    }

    [Fact]
    public async Task A_broken_link_shows_its_file_line_column_and_message_until_fixed()
    {
        File.WriteAllText(Path.Combine(_site.Input, "guide.md"), "# Guide\n\nSee [nothing](missing.md).\n");
        var (name, data) = await _events.NextAsync();
        Assert.Equal("status", name);
        var error = Assert.Single(data.GetProperty("errors").EnumerateArray());
        Assert.Equal("guide.md", error.GetProperty("file").GetString());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(15, error.GetProperty("column").GetInt32());
        Assert.Equal("DS2101", error.GetProperty("code").GetString());
        Assert.Equal("Broken link `missing.md`: There is no page `missing.md`.", error.GetProperty("message").GetString());
        // A page opened now gets the same errors when it connects, and still shows the last good build.
        Assert.Contains("\"line\":3,\"column\":15", await _http.GetStringAsync("_docssite/status"));
        Assert.Contains("First version.", await _http.GetStringAsync("guide/"));

        File.WriteAllText(Path.Combine(_site.Input, "guide.md"), "# Guide\n\nSee [home](index.md).\n");
        Assert.Equal("reload", (await _events.NextAsync()).Name);
        Assert.Contains("\"errors\":[]", await _http.GetStringAsync("_docssite/status"));
    }

    [Fact]
    public async Task A_changed_title_rebuilds_the_whole_site_so_every_page_shows_it()
    {
        File.WriteAllText(Path.Combine(_site.Input, "guide.md"), "# The field guide\n\nFirst version.\n");
        Assert.Equal("reload", (await _events.NextAsync()).Name);
        Assert.False(_server.Rebuilder.LastWasPageRefresh);
        Assert.Contains("The field guide", await _http.GetStringAsync(""));
    }

    [Fact]
    public async Task A_single_page_refresh_writes_what_a_full_build_writes()
    {
        File.WriteAllText(Path.Combine(_site.Input, "guide.md"), "# Guide\n\nNew text with a [link home](index.md#top).\n\n## A section\n");
        Assert.Equal("reload", (await _events.NextAsync()).Name);
        // A new heading is a new id other pages could link to: that needs the whole site.
        Assert.False(_server.Rebuilder.LastWasPageRefresh);
        File.WriteAllText(Path.Combine(_site.Input, "guide.md"), "# Guide\n\nOther text with a [link home](index.md#top).\n\n## A section\n");
        Assert.Equal("reload", (await _events.NextAsync()).Name);
        Assert.True(_server.Rebuilder.LastWasPageRefresh);
        var refreshed = File.ReadAllText(Path.Combine(Preview, "guide/index.html"));
        _site.Build();
        Assert.Equal(_site.Html("guide/index.html"), refreshed);
    }

    [Fact]
    public async Task A_preview_folder_inside_the_watched_input_does_not_rebuild_itself()
    {
        var inside = Path.Combine(_site.Input, ".docssite", "serve");
        await using var server = await PreviewServer.StartAsync(new ServeOptions(_site.Input, Repo.Theme, inside, 0, false, Quiet), TextWriter.Null);
        Assert.True(File.Exists(Path.Combine(inside, "guide", "index.html")));
        // Each build writes into the preview folder; were those writes changes, every build would start another.
        File.WriteAllText(Path.Combine(_site.Input, "guide.md"), "# Guide\n\nEdited.\n");
        for (var i = 0; i < 100 && server.Rebuilder.Builds < 2; i++) await Task.Delay(100);
        await Task.Delay(Quiet * 6);
        Assert.Equal(2, server.Rebuilder.Builds);
    }

    [Fact]
    public async Task A_second_preview_into_the_same_folder_is_refused_and_the_first_keeps_serving()
    {
        using var error = new StringWriter();
        var code = await ServeRunner.RunAsync(new ServeOptions(_site.Input, Repo.Theme, Preview, 0, false, Quiet), TextWriter.Null, error, CancellationToken.None);
        Assert.Equal(2, code);
        Assert.Equal($"docssite: another build is writing to `{Preview}` right now (it holds `.preview.lock` beside it); wait for it to finish, then build again.", error.ToString().Trim());
        Assert.Contains("First version.", await _http.GetStringAsync("guide/"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/guide/../../secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/escape/secret.txt")]
    [InlineData("/leak.txt")]
    public async Task Paths_outside_the_output_are_not_found(string path)
    {
        File.WriteAllText(Path.Combine(_site.Root, "secret.txt"), "secret");
        // Links inside the output that lead out of it: a folder and a file.
        Directory.CreateSymbolicLink(Path.Combine(Preview, "escape"), _site.Root);
        File.CreateSymbolicLink(Path.Combine(Preview, "leak.txt"), Path.Combine(_site.Root, "secret.txt"));
        var (status, body) = await RawGet(path);
        Assert.Equal(404, status);
        Assert.DoesNotContain("secret", body.Replace("secret.txt", ""));
        Assert.Equal(200, (await RawGet("/guide/")).Status);
    }

    /// <summary>HttpClient would tidy the path before sending it; a raw request sends it as an attacker would.</summary>
    private async Task<(int Status, string Body)> RawGet(string path)
    {
        var uri = new Uri(_server.Url);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream).ReadToEndAsync();
        var status = int.Parse(response.Split(' ')[1]);
        return (status, response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }

    public async Task DisposeAsync()
    {
        await _events.DisposeAsync();
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }
}
