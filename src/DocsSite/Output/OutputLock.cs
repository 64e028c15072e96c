namespace DocsSite.Output;

/// <summary>
/// An exclusive lock on an output folder for the length of a build: the file <c>.NAME.lock</c>
/// beside it, held open with no sharing. A second build into the same folder fails at once
/// with a clear message rather than waiting: two builds mixing their pages in one live site
/// is worse than one of them asking to be run again. The file stays after the build (deleting
/// it would let a third build lock a new file while the second still holds the old one).
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>What the output held when <see cref="TakeToWrite"/> took the lock; the first write under it need not list it again.</summary>
    public OutputSurvey? Survey { get; private set; }

    public static string PathFor(string output)
    {
        var live = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(live)!, $".{Path.GetFileName(live)}.lock");
    }

    /// <summary>The lock, or the reason it could not be taken.</summary>
    public static (OutputLock? Lock, string? Problem) Take(string output)
    {
        var path = PathFor(output);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return (new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)), null);
        }
        catch (IOException) when (File.Exists(path))
        {
            return (null, $"another build is writing to `{output}` right now (it holds `{Path.GetFileName(path)}` beside it); wait for it to finish, then build again.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot lock the output `{output}`: {e.Message}");
        }
    }

    /// <summary>
    /// The lock on a folder a build may replace, or why not: another build holds it, or the folder (or its
    /// spare) holds files DocsSite did not write. What <c>build</c> and <c>serve</c> both take before writing.
    /// </summary>
    public static (OutputLock? Lock, string? Problem) TakeToWrite(string output)
    {
        var (held, problem) = Take(output);
        if (held is not null)
        {
            held.Survey = OutputOwnership.Survey(output);
            problem = held.Survey.Problem;
        }
        if (problem is null) return (held, null);
        held?.Dispose();
        return (null, problem);
    }

    public void Dispose() => _stream.Dispose();
}
