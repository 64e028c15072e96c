using DocsSite.Diagnostics;

namespace DocsSite.Pipeline;

/// <summary>
/// The last resort: no input may end in a stack trace. Work done for one file runs
/// through <see cref="For{T}"/>, so an unexpected exception names that file; the pipeline
/// turns it into a DS0009 diagnostic. Read failures are left alone: they are DS0004.
/// </summary>
internal static class InternalErrors
{
    public static T For<T>(string file, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not FileFailure && !IsReadFailure(e))
        {
            throw new FileFailure(file, e);
        }
    }

    public static void For(string file, Action work) => For(file, () => { work(); return 0; });

    /// <summary>A file that cannot be read or written: the user's to fix, reported as DS0004 or DS0003 elsewhere.</summary>
    public static bool IsReadFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => true,
        AggregateException all => all.Flatten().InnerExceptions.Any(x => x is IOException or UnauthorizedAccessException),
        _ => false,
    };

    /// <param name="during">What the build was doing ("Rendering pages").</param>
    /// <param name="fallbackFile">Named when the exception does not say which file was being processed.</param>
    public static Diagnostic Diagnose(Exception e, string during, string fallbackFile)
    {
        var failure = Unwrap(e);
        var file = failure is FileFailure f ? f.File : fallbackFile.Length > 0 ? fallbackFile : "docssite";
        var cause = failure is FileFailure { InnerException: { } inner } ? inner : failure;
        var message = cause.Message.ReplaceLineEndings(" ").Trim();
        return Diagnostic.Create(DiagnosticCodes.InternalError, SourceLocation.WholeFile(file),
            during, cause.GetType().Name, message);
    }

    /// <summary>Parallel loops wrap failures; the one that names a file (the first by file, so reports are stable) says most.</summary>
    private static Exception Unwrap(Exception e)
    {
        if (e is not AggregateException all) return e;
        var inner = all.Flatten().InnerExceptions;
        return inner.OfType<FileFailure>().OrderBy(x => x.File, StringComparer.Ordinal).FirstOrDefault<Exception>()
            ?? inner.FirstOrDefault() ?? e;
    }
}
