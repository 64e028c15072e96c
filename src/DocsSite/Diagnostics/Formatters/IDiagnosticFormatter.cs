namespace DocsSite.Diagnostics.Formatters;

/// <summary>Prints diagnostics in one format. Paths are already relative to where the command ran.</summary>
internal interface IDiagnosticFormatter
{
    /// <summary>True when diagnostics go to standard output, so the summary line moves to standard error to keep it machine-readable.</summary>
    bool WritesToOutput { get; }

    void Write(Diagnostic diagnostic, TextWriter output, TextWriter error);
}
