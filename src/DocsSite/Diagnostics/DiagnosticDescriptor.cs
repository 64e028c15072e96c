namespace DocsSite.Diagnostics;

/// <summary>
/// An entry of the catalogue, as Roslyn's descriptors: a stable code, its default severity,
/// a title, the category its number range gives and the place in the docs that explains it.
/// </summary>
internal sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title)
{
    /// <summary>DS0xxx setup, DS1xxx reading and data, DS20xx references, DS21xx links, DS22xx unused content, DS23xx safety, DS3xxx theme.</summary>
    public string Category => Code switch
    {
        ['D', 'S', '0', ..] => "Setup",
        ['D', 'S', '1', ..] => "Data",
        ['D', 'S', '2', '0', ..] => "References",
        ['D', 'S', '2', '1', ..] => "Links",
        ['D', 'S', '2', '2', ..] => "Unused content",
        ['D', 'S', '2', '3', ..] => "Safety",
        ['D', 'S', '3', ..] => "Theme",
        _ => "Other",
    };

    /// <summary>Where docs/diagnostics.md explains the code: a heading per code gives the anchor.</summary>
    public string HelpLink => $"docs/diagnostics.md#{Code.ToLowerInvariant()}";
}
