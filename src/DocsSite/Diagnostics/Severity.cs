namespace DocsSite.Diagnostics;

internal enum Severity
{
    Warning,
    Error,
}
