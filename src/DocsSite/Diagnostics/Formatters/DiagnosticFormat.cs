namespace DocsSite.Diagnostics.Formatters;

/// <summary>The forms <c>--format</c> offers: for people, for IDEs and problem matchers, for GitHub annotations, for programs.</summary>
internal enum DiagnosticFormat
{
    Text,
    Msbuild,
    Github,
    Json,
}
