using System.Globalization;

namespace DocsSite.Data;

/// <summary>
/// The largest input file a build reads or copies: 32 MB unless the environment variable
/// <c>DOCSSITE_MAX_FILE_MB</c> says otherwise. A limit turns a runaway file (a link to an
/// endless device, a misplaced video) into a clear error instead of an out-of-memory.
/// </summary>
internal static class FileLimits
{
    public const string Variable = "DOCSSITE_MAX_FILE_MB";

    public const long DefaultMegabytes = 32;

    public static long MaxFileBytes => Parse(Environment.GetEnvironmentVariable(Variable)) * 1024 * 1024;

    /// <summary>A positive whole number of megabytes; anything else keeps the default.</summary>
    public static long Parse(string? megabytes) =>
        long.TryParse(megabytes, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 1024 * 1024
            ? value
            : DefaultMegabytes;
}
