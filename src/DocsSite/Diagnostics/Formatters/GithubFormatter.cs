namespace DocsSite.Diagnostics.Formatters;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=...,line=...,col=...,title=CODE::message</c>), read
/// from standard output, so pull requests show each problem on its line.
/// </summary>
internal sealed class GithubFormatter : IDiagnosticFormatter
{
    public bool WritesToOutput => true;

    public void Write(Diagnostic diagnostic, TextWriter output, TextWriter error)
    {
        var d = diagnostic;
        var command = d.Severity == Severity.Error ? "error" : "warning";
        var place = d.Line > 0 ? $"file={Property(d.File)},line={d.Line},col={d.Column}" : $"file={Property(d.File)}";
        output.WriteLine($"::{command} {place},title={Property(d.Code)}::{Data(d.Message)}");
    }

    // The escapes the Actions runner undoes (actions/toolkit, command.ts).
    private static string Data(string text) =>
        text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
