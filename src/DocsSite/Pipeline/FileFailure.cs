namespace DocsSite.Pipeline;

/// <summary>An unexpected exception while one file was processed, carrying that file so the internal error can name it.</summary>
internal sealed class FileFailure(string file, Exception inner) : Exception(inner.Message, inner)
{
    /// <summary>The file being processed, relative to the input folder (or the theme template's path).</summary>
    public string File { get; } = file;
}
