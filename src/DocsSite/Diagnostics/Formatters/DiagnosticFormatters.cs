namespace DocsSite.Diagnostics.Formatters;

internal static class DiagnosticFormatters
{
    /// <param name="terminal">Whether standard error is a terminal, so text may be coloured.</param>
    public static IDiagnosticFormatter For(DiagnosticFormat format, bool terminal) => format switch
    {
        DiagnosticFormat.Msbuild => new MsbuildFormatter(),
        DiagnosticFormat.Github => new GithubFormatter(),
        DiagnosticFormat.Json => new JsonFormatter(),
        _ => new TextFormatter(terminal),
    };

    /// <summary>Colour only for a person at a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public static bool ErrorIsTerminal(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static readonly Dictionary<string, DiagnosticDescriptor> Catalogue =
        DiagnosticCodes.All().ToDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>The catalogue entry of a code, for the fields a formatter adds from it; null for an unknown code.</summary>
    public static DiagnosticDescriptor? Descriptor(string code) => Catalogue.GetValueOrDefault(code);

    /// <summary>Where the docs explain a code: the descriptor's help link.</summary>
    public static string HelpUri(string code) =>
        Catalogue.TryGetValue(code, out var descriptor) ? descriptor.HelpLink : $"docs/diagnostics.md#{code.ToLowerInvariant()}";
}
