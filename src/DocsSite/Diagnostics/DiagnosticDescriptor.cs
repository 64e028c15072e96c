using System.Globalization;
using System.Text.RegularExpressions;

namespace DocsSite.Diagnostics;

/// <summary>
/// An entry of the catalogue, as Roslyn's descriptors: a stable code, its default severity,
/// a title, a composite message format, the category its number range gives and the place in
/// the docs that explains it.
/// </summary>
internal sealed partial record DiagnosticDescriptor(string Code, Severity Severity, string Title, string MessageFormat)
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

    /// <summary>How many arguments the format takes: one past its highest placeholder index.</summary>
    public int ArgumentCount => PlaceholderCount(MessageFormat);

    /// <summary>
    /// The message for one report. A wrong number of arguments is a bug at the report site, so it
    /// throws rather than print a message with a hole or a dropped argument.
    /// </summary>
    public string Format(params object?[] args)
    {
        if (args.Length != ArgumentCount)
            throw new ArgumentException($"{Code} takes {ArgumentCount} argument(s), not {args.Length}.", nameof(args));
        return string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
    }

    public static int PlaceholderCount(string format) =>
        Placeholder().Matches(format.Replace("{{", "").Replace("}}", ""))
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1)
            .DefaultIfEmpty(0).Max();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
