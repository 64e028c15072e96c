namespace DocsSite.Cli;

internal static class ExitCodes
{
    public const int Built = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
}
