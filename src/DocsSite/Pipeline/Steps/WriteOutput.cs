using DocsSite.Diagnostics;
using DocsSite.Output;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Writes every document of the manifest, only when the build found no error, and through
/// <see cref="OutputFolder"/>, so a failed build leaves the last good output untouched.
/// </summary>
internal sealed class WriteOutput : IBuildStep
{
    public string Name => "Writing output";

    public void Run(BuildContext context)
    {
        if (!context.Options.Write || context.Diagnostics.HasErrors || context.Theme is null) return;
        try
        {
            var output = new OutputFolder(context.Options.Output, context.OutputSurvey);
            var documents = context.Manifest.Documents;
            var written = 0;
            Parallel.ForEach(documents, document =>
            {
                if (document.Text is { } text) output.WriteText(document.Destination.Value, text);
                else if (document.Bytes is { } bytes) output.WriteBytes(document.Destination.Value, bytes);
                else if (document.CopyOf is { } source) output.CopyFile(source, document.Destination.Value);
                var count = Interlocked.Increment(ref written);
                if (count % 500 == 0) context.Progress?.Invoke(Name, count, documents.Count);
            });
            output.Commit();
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            // Pages are written in parallel, so the cause can come wrapped; it is the output's fault, not the input's.
            context.Diagnostics.Add(DiagnosticCodes.OutputFailed, SourceLocation.WholeFile(context.Options.Output),
                context.Options.Output, failure.Message);
        }
    }

    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException all => all.Flatten().InnerExceptions.FirstOrDefault(x => x is IOException or UnauthorizedAccessException),
        _ => null,
    };
}
