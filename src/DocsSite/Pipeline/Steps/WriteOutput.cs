using DocsSite.Diagnostics;
using DocsSite.Output;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Writes the site only when the build found no error, and through <see cref="OutputFolder"/>,
/// so a failed build leaves the last good output untouched.
/// </summary>
internal sealed class WriteOutput : IBuildStep
{
    public string Name => "Writing output";

    public void Run(BuildContext context)
    {
        if (!context.Options.Write || context.Diagnostics.HasErrors || context.Theme is not { } theme) return;
        try
        {
            var output = new OutputFolder(context.Options.Output);
            var written = 0;
            Parallel.ForEach(context.Rendered, page =>
            {
                output.WriteText(page.Page.OutputPath, page.Html);
                var count = Interlocked.Increment(ref written);
                if (count % 500 == 0) context.Progress?.Invoke(Name, count, context.Rendered.Count);
            });
            foreach (var file in context.Input.StaticFiles())
                output.CopyFile(context.Input.FullPath(file), file);
            if (Directory.Exists(theme.AssetsFolder))
                foreach (var file in Directory.EnumerateFiles(theme.AssetsFolder, "*", SearchOption.AllDirectories))
                    output.CopyFile(file, Path.Combine("assets", Path.GetRelativePath(theme.AssetsFolder, file)));
            output.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Add(DiagnosticCodes.OutputFailed, SourceLocation.WholeFile(context.Options.Output),
                $"Could not write the output: {e.Message}");
        }
    }
}
