namespace DocsSite.Diagnostics.Formatters;

/// <summary>The default: the compiler form, with the severity coloured when a person reads it at a terminal.</summary>
internal sealed class TextFormatter(bool colour) : IDiagnosticFormatter
{
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Reset = "\u001b[0m";

    public bool WritesToOutput => false;

    public void Write(Diagnostic diagnostic, TextWriter output, TextWriter error)
    {
        if (!colour)
        {
            error.WriteLine(diagnostic.ToString());
            return;
        }
        var d = diagnostic;
        var where = d.Line > 0 ? $"{d.File}({d.Line},{d.Column})" : d.File;
        var level = d.Severity == Severity.Error ? $"{Red}error{Reset}" : $"{Yellow}warning{Reset}";
        error.WriteLine($"{where}: {level} {d.Code}: {d.Message}");
    }
}
