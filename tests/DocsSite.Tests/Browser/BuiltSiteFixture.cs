using DocsSite.Pipeline;
using DocsSite.Tests.Support;
using Microsoft.Playwright;

namespace DocsSite.Tests.Browser;

/// <summary>
/// The real site, built once, served on 127.0.0.1 and opened in Debian's Chromium through
/// Playwright (no browser download: <c>.ci/run</c> installs the chromium package).
/// </summary>
public sealed class BuiltSiteFixture : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "docssite-browser-" + Guid.NewGuid().ToString("N"));
    private SiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => _server!.BaseUrl;

    /// <summary>Screenshots for people to look at: tests/DocsSite.Tests/bin/.../screenshots/.</summary>
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var result = BuildPipeline.Run(new BuildOptions(Repo.Input, Repo.Theme, _output));
        DiagnosticAssert.Clean(result);
        _server = await SiteServer.StartAsync(_output);
        await EnsureChromiumAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // The machine has no network beyond the package registries: keep Chromium from calling home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>`dotnet test` sets itself up on a fresh Debian machine: as root it installs the chromium package once.</summary>
    private static async Task EnsureChromiumAsync()
    {
        if (File.Exists(Chromium)) return;
        if (Environment.UserName != "root")
            throw new InvalidOperationException("The browser tests need Debian's Chromium: sudo apt-get install -y chromium");
        var install = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh",
            ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]))!;
        await install.WaitForExitAsync();
        if (!File.Exists(Chromium)) throw new InvalidOperationException("Could not install chromium with apt-get.");
    }

    private const string Chromium = "/usr/bin/chromium";

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }
}
