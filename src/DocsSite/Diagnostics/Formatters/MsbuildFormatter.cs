namespace DocsSite.Diagnostics.Formatters;

/// <summary><c>file(line,col): error CODE: message</c>, which Visual Studio, VS Code problem matchers and Rider read.</summary>
internal sealed class MsbuildFormatter : IDiagnosticFormatter
{
    public bool WritesToOutput => false;

    // One line per diagnostic: a line break in a message would start a line the matcher cannot read.
    public void Write(Diagnostic diagnostic, TextWriter output, TextWriter error) =>
        error.WriteLine((diagnostic with { Message = diagnostic.Message.ReplaceLineEndings(" ") }).ToString());
}
