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
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            // Pages are written in parallel, so the cause can come wrapped; it is the output's fault, not the input's.
            context.Diagnostics.Add(DiagnosticCodes.OutputFailed, SourceLocation.WholeFile(context.Options.Output),
                $"Could not write the output `{context.Options.Output}`: {failure.Message}");
        }
    }

    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException all => all.Flatten().InnerExceptions.FirstOrDefault(x => x is IOException or UnauthorizedAccessException),
        _ => null,
    };
}
