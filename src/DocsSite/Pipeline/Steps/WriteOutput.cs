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
        if (!context.Options.Write || context.Diagnostics.HasErrors || context.Theme is null) return;
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
            foreach (var (path, source) in context.CopiedFiles)
                output.CopyFile(source, path);
            output.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Add(DiagnosticCodes.OutputFailed, SourceLocation.WholeFile(context.Options.Output),
                $"Could not write the output: {e.Message}");
        }
    }
}
