using System.Diagnostics;
using DocsSite.Cli;

namespace DocsSite.Serve;

/// <summary>Runs the preview until Ctrl+C.</summary>
internal static class ServeRunner
{
    public static async Task<int> RunAsync(ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (!Directory.Exists(options.Input))
        {
            error.WriteLine($"docssite: the input folder `{options.Input}` does not exist.");
            return ExitCodes.UsageError;
        }
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, output);
        }
        catch (Output.OutputRefusedException e)
        {
            error.WriteLine($"docssite: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use as an IOException.
            error.WriteLine($"docssite: cannot listen on 127.0.0.1:{options.Port}: {e.Message} Try another --port.");
            return ExitCodes.UsageError;
        }
        await using (server)
        {
            output.WriteLine($"Serving {server.Url} from {options.Output}, watching {options.Input} and {options.Theme}. Press Ctrl+C to stop.");
            if (options.Open) OpenBrowser(server.Url, error);
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Stopped.");
            }
        }
        return ExitCodes.Built;
    }

    private static void OpenBrowser(string url, TextWriter error)
    {
        try
        {
            var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
            using var process = Process.Start(new ProcessStartInfo(opener, url) { UseShellExecute = false });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            error.WriteLine($"docssite: could not open a browser ({e.Message}); open {url} yourself.");
        }
    }
}
