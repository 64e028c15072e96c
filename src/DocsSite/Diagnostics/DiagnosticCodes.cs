namespace DocsSite.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic DocsSite reports. Codes are stable: tests,
/// docs/diagnostics.md and contributors' searches rely on them.
/// DS0xxx setup, DS1xxx reading and data, DS2xxx references and links, DS3xxx theme.
/// </summary>
internal static class DiagnosticCodes
{
    // Setup
    public static readonly DiagnosticDescriptor InputNotFound = new("DS0001", Severity.Error, "Input folder not found");
    public static readonly DiagnosticDescriptor ThemeNotFound = new("DS0002", Severity.Error, "Theme folder not found");
    public static readonly DiagnosticDescriptor OutputFailed = new("DS0003", Severity.Error, "Output could not be written");
    public static readonly DiagnosticDescriptor InputUnreadable = new("DS0004", Severity.Error, "A file could not be read");
    public static readonly DiagnosticDescriptor InternalError = new("DS0009", Severity.Error, "Internal error");

    // The input as a tree of regular text files inside its folder
    public static readonly DiagnosticDescriptor InputLinkOutside = new("DS0010", Severity.Error, "Symbolic link leaves the folder");
    public static readonly DiagnosticDescriptor InputNotRegular = new("DS0011", Severity.Error, "Not a regular file");
    public static readonly DiagnosticDescriptor InputLinkLoop = new("DS0012", Severity.Error, "Symbolic link loop");
    public static readonly DiagnosticDescriptor InputTooLarge = new("DS0013", Severity.Error, "File over the size limit");
    public static readonly DiagnosticDescriptor InputNotUtf8 = new("DS0014", Severity.Error, "Text is not valid UTF-8");
    public static readonly DiagnosticDescriptor InputNulByte = new("DS0015", Severity.Error, "Text holds a NUL byte");
    public static readonly DiagnosticDescriptor NothingToBuild = new("DS0016", Severity.Error, "Input holds no page and no data");

    // Reading YAML, front matter and data records
    public static readonly DiagnosticDescriptor YamlSyntax = new("DS1001", Severity.Error, "YAML syntax error");
    public static readonly DiagnosticDescriptor MissingField = new("DS1002", Severity.Error, "Required field missing");
    public static readonly DiagnosticDescriptor UnknownField = new("DS1003", Severity.Error, "Unknown field");
    public static readonly DiagnosticDescriptor WrongType = new("DS1004", Severity.Error, "Field has the wrong type");
    public static readonly DiagnosticDescriptor BadId = new("DS1005", Severity.Error, "Id is not in kebab-case");
    public static readonly DiagnosticDescriptor DuplicateId = new("DS1006", Severity.Error, "Duplicate id");
    public static readonly DiagnosticDescriptor DuplicateKey = new("DS1007", Severity.Error, "Duplicate key");
    public static readonly DiagnosticDescriptor MissingTitle = new("DS1008", Severity.Warning, "Page has no title");
    public static readonly DiagnosticDescriptor UnknownDataFile = new("DS1009", Severity.Error, "Unknown data collection");
    public static readonly DiagnosticDescriptor UnknownFrontMatterField = new("DS1010", Severity.Warning, "Unknown front matter field");
    public static readonly DiagnosticDescriptor BadDate = new("DS1011", Severity.Error, "Date is not YYYY, YYYY-MM or YYYY-MM-DD");
    public static readonly DiagnosticDescriptor MissingCell = new("DS1012", Severity.Error, "Comparison cell missing");
    public static readonly DiagnosticDescriptor TooDeep = new("DS1013", Severity.Error, "Nested too deeply");
    public static readonly DiagnosticDescriptor CollectionAlias = new("DS1014", Severity.Error, "YAML alias to a list or mapping");
    public static readonly DiagnosticDescriptor UnknownSourceKind = new("DS1015", Severity.Error, "Unknown kind of source");
    public static readonly DiagnosticDescriptor ForecastWithoutHorizon = new("DS1101", Severity.Error, "Forecast has no horizon");
    public static readonly DiagnosticDescriptor IncompleteDerivation = new("DS1102", Severity.Error, "Computed fact lacks its inputs or formula");
    public static readonly DiagnosticDescriptor SourceNotRetrieved = new("DS1103", Severity.Warning, "Web source has no retrieved date");
    public static readonly DiagnosticDescriptor UnmarkedDisagreement = new("DS1104", Severity.Warning, "Facts disagree without saying so");
    public static readonly DiagnosticDescriptor DisagreementWithoutNote = new("DS1105", Severity.Error, "Disagreement has no note");

    // Pictures drawn from data (stack diagrams, charts, flowcharts)
    public static readonly DiagnosticDescriptor ChartValueNotNumeric = new("DS1201", Severity.Error, "Fact has no figure to chart");
    public static readonly DiagnosticDescriptor ChartMixedQuantities = new("DS1202", Severity.Error, "Chart row mixes quantities");
    public static readonly DiagnosticDescriptor PictureLayout = new("DS1203", Severity.Error, "Picture cannot be laid out");
    public static readonly DiagnosticDescriptor PictureLabelTooLong = new("DS1204", Severity.Warning, "Picture label too long for its box");

    // References between records and from Markdown
    public static readonly DiagnosticDescriptor UnknownTerm = new("DS2001", Severity.Error, "Unknown glossary term");
    public static readonly DiagnosticDescriptor UnknownFact = new("DS2002", Severity.Error, "Unknown fact");
    public static readonly DiagnosticDescriptor UnknownSource = new("DS2003", Severity.Error, "Unknown source");
    public static readonly DiagnosticDescriptor UnknownDefinition = new("DS2004", Severity.Error, "Unknown definition");
    public static readonly DiagnosticDescriptor UnknownDimension = new("DS2005", Severity.Error, "Unknown comparison dimension");
    public static readonly DiagnosticDescriptor UnknownFaq = new("DS2006", Severity.Error, "Unknown FAQ entry");
    public static readonly DiagnosticDescriptor UnknownTechnology = new("DS2007", Severity.Error, "Unknown technology");
    public static readonly DiagnosticDescriptor UnknownAnalogy = new("DS2008", Severity.Error, "Unknown analogy");
    public static readonly DiagnosticDescriptor UnknownGroup = new("DS2009", Severity.Error, "Unknown comparison group");
    public static readonly DiagnosticDescriptor FactWithoutValue = new("DS2010", Severity.Error, "Fact has no value to show");
    public static readonly DiagnosticDescriptor BadEmbed = new("DS2011", Severity.Error, "Unknown or malformed embed");
    public static readonly DiagnosticDescriptor CellWithoutFact = new("DS2012", Severity.Error, "Comparison cell cites no fact");
    public static readonly DiagnosticDescriptor UnknownPicture = new("DS2020", Severity.Error, "Unknown picture, stack or step");

    // Links and anchors
    public static readonly DiagnosticDescriptor BrokenLink = new("DS2101", Severity.Error, "Link target does not exist");
    public static readonly DiagnosticDescriptor BrokenFragment = new("DS2102", Severity.Error, "Link fragment does not exist");
    public static readonly DiagnosticDescriptor DuplicateUrl = new("DS2103", Severity.Error, "Two outputs write the same file");
    public static readonly DiagnosticDescriptor UnknownNavPage = new("DS2104", Severity.Error, "Navigation names a missing page");
    public static readonly DiagnosticDescriptor RootRelativeLink = new("DS2105", Severity.Error, "Output link is not relative to its page");
    public static readonly DiagnosticDescriptor FragmentCase = new("DS2107", Severity.Warning, "Fragment matches an id only ignoring case");
    public static readonly DiagnosticDescriptor CaseCollision = new("DS2106", Severity.Error, "Two outputs differ only by letter case");

    // External links (check --external)
    public static readonly DiagnosticDescriptor ExternalBroken = new("DS2110", Severity.Error, "External link is broken");
    public static readonly DiagnosticDescriptor ExternalUnreachable = new("DS2111", Severity.Warning, "External link could not be checked");

    // Warnings about unused content
    public static readonly DiagnosticDescriptor OrphanPage = new("DS2201", Severity.Warning, "No page links here");
    public static readonly DiagnosticDescriptor UncitedFact = new("DS2202", Severity.Warning, "No page or record cites this fact");
    public static readonly DiagnosticDescriptor UnusedSource = new("DS2203", Severity.Warning, "No fact uses this source");

    // Claims a reader can check
    public static readonly DiagnosticDescriptor DatedFact = new("DS2204", Severity.Warning, "Fact is dated");
    public static readonly DiagnosticDescriptor UnsourcedNumber = new("DS2205", Severity.Warning, "Number without a source");

    // Unsafe content: raw HTML and URLs a pull request could use to run code or load from elsewhere
    public static readonly DiagnosticDescriptor UnsafeHtmlElement = new("DS2301", Severity.Error, "Raw HTML element not allowed");
    public static readonly DiagnosticDescriptor UnsafeHtmlAttribute = new("DS2302", Severity.Error, "Raw HTML attribute not allowed");
    public static readonly DiagnosticDescriptor UnsafeUrl = new("DS2303", Severity.Error, "URL scheme not allowed");
    public static readonly DiagnosticDescriptor UnfinishedHtml = new("DS2304", Severity.Error, "Raw HTML left unfinished");
    public static readonly DiagnosticDescriptor BlockedResource = new("DS2305", Severity.Warning, "Image or media from another host");
    public static readonly DiagnosticDescriptor InertHtml = new("DS2306", Severity.Warning, "Raw HTML that has no effect");

    // Theme
    public static readonly DiagnosticDescriptor TemplateError = new("DS3001", Severity.Error, "Template does not compile");
    public static readonly DiagnosticDescriptor TemplateRenderError = new("DS3002", Severity.Error, "Template failed while rendering");
    public static readonly DiagnosticDescriptor MissingLayout = new("DS3003", Severity.Error, "Layout not found");
    public static readonly DiagnosticDescriptor EmptyLayout = new("DS3004", Severity.Error, "Layout renders nothing");

    public static IEnumerable<DiagnosticDescriptor> All() =>
        typeof(DiagnosticCodes).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
}
