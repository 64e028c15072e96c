using System.Text;
using DocsSite.Diagnostics;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Writes the site to a temporary folder beside the output and swaps it in only when
/// everything was written, so a failed build leaves the last good output untouched.
/// </summary>
internal sealed class WriteOutput : IBuildStep
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Name => "Writing output";

    public void Run(BuildContext context)
    {
        if (!context.Options.Write || context.Diagnostics.HasErrors || context.Theme is not { } theme) return;
        var output = Path.GetFullPath(context.Options.Output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            var written = 0;
            Parallel.ForEach(context.Rendered, entry =>
            {
                var path = Path.Combine(staging, entry.Page.OutputPath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, entry.Html, Utf8);
                var count = Interlocked.Increment(ref written);
                if (count % 500 == 0) context.Progress?.Invoke(Name, count, context.Rendered.Count);
            });
            foreach (var file in context.Input.StaticFiles())
                Copy(context.Input.FullPath(file), Path.Combine(staging, file));
            if (Directory.Exists(theme.AssetsFolder))
                foreach (var file in Directory.EnumerateFiles(theme.AssetsFolder, "*", SearchOption.AllDirectories))
                    Copy(file, Path.Combine(staging, "assets", Path.GetRelativePath(theme.AssetsFolder, file)));

            if (Directory.Exists(output)) Directory.Move(output, retired);
            Directory.Move(staging, output);
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Add(DiagnosticCodes.OutputFailed, SourceLocation.WholeFile(context.Options.Output),
                $"Could not write the output: {e.Message}");
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!Directory.Exists(output) && Directory.Exists(retired)) Directory.Move(retired, output);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}
