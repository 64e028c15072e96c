namespace DocsSite.Diagnostics;

/// <summary>
/// One problem found in the input: data, not an exception, so a build can report
/// every problem at once. <see cref="Line"/> and <see cref="Column"/> are 1-based;
/// 0 means the problem concerns the whole file.
/// </summary>
internal sealed record Diagnostic(string Code, Severity Severity, string File, int Line, int Column, string Message)
{
    /// <summary>As Roslyn's: the message is the descriptor's format filled with <paramref name="args"/>, invariant culture.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation at, params object?[] args) =>
        new(descriptor.Code, descriptor.Severity, at.File, at.Line, at.Column, descriptor.Format(args));

    /// <summary>The form compilers use, so editors and CI annotate the right place.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line},{Column})" : File;
        var level = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {level} {Code}: {Message}";
    }
}
