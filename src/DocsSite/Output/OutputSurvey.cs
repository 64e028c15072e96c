namespace DocsSite.Output;

/// <summary>
/// What an output's folders held when a build looked at them: why the build may not replace them,
/// or else the spare's files and folders, which the write brings up to date without listing them again.
/// </summary>
/// <param name="Problem">Why the build may not write here (someone else's files), or null.</param>
/// <param name="SpareFiles">Every file and link in the spare, relative and '/'-separated.</param>
/// <param name="SpareFolders">Every real folder in the spare (links are not), relative and '/'-separated.</param>
internal sealed record OutputSurvey(string? Problem, IReadOnlyCollection<string> SpareFiles, IReadOnlyCollection<string> SpareFolders)
{
    public static OutputSurvey Refused(string problem) => new(problem, [], []);
}
