namespace DocsSite.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic DocsSite reports. Codes are stable: tests,
/// docs/diagnostics.md and contributors' searches rely on them.
/// DS0xxx setup, DS1xxx reading and data, DS2xxx references and links, DS3xxx theme.
/// </summary>
internal static class DiagnosticCodes
{
    // Setup
    public static readonly DiagnosticDescriptor InputNotFound = new("DS0001", Severity.Error, "Input folder not found", "The input folder `{0}` does not exist.");
    public static readonly DiagnosticDescriptor ThemeNotFound = new("DS0002", Severity.Error, "Theme folder not found", "The theme folder `{0}` does not exist.");
    public static readonly DiagnosticDescriptor OutputFailed = new("DS0003", Severity.Error, "Output could not be written", "Could not write the output `{0}`: {1}");
    public static readonly DiagnosticDescriptor InputUnreadable = new("DS0004", Severity.Error, "A file could not be read", "Could not read `{0}`: {1}");
    public static readonly DiagnosticDescriptor InternalError = new("DS0009", Severity.Error, "Internal error", "Internal error in the step \"{0}\": {1}: {2} This is a fault in DocsSite, not a rule your content broke; please report it with this file.");

    // The input as a tree of regular text files inside its folder
    public static readonly DiagnosticDescriptor InputLinkOutside = new("DS0010", Severity.Error, "Symbolic link leaves the folder", "`{0}` is a symbolic link to `{1}`, outside `{2}`; the build reads only files inside it. Copy the file in instead.");
    public static readonly DiagnosticDescriptor InputNotRegular = new("DS0011", Severity.Error, "Not a regular file", "`{0}` is {1}, not a regular file; the build reads only regular files.");
    public static readonly DiagnosticDescriptor InputLinkLoop = new("DS0012", Severity.Error, "Symbolic link loop", "`{0}` is {1}; the build does not follow it.");
    public static readonly DiagnosticDescriptor InputTooLarge = new("DS0013", Severity.Error, "File over the size limit", "`{0}` {1}, over the limit of {2} per file; shrink it, or raise the limit with {3}.");
    public static readonly DiagnosticDescriptor InputNotUtf8 = new("DS0014", Severity.Error, "Text is not valid UTF-8", "`{0}` is not valid UTF-8 here ({1}); save the file as UTF-8.");
    public static readonly DiagnosticDescriptor InputNulByte = new("DS0015", Severity.Error, "Text holds a NUL byte", "`{0}` holds a NUL byte here; a text file must not. Remove it (the file may not be text at all).");
    public static readonly DiagnosticDescriptor NothingToBuild = new("DS0016", Severity.Error, "Input holds no page and no data", "The input folder `{0}` holds no page (*.md) and no data ({1}/*.yml): there is nothing to build.");

    // Reading YAML, front matter and data records
    public static readonly DiagnosticDescriptor YamlSyntax = new("DS1001", Severity.Error, "YAML syntax error", "YAML syntax error: {0}");
    public static readonly DiagnosticDescriptor MissingField = new("DS1002", Severity.Error, "Required field missing", "The {0}'s `{1}` {2}.");
    public static readonly DiagnosticDescriptor UnknownField = new("DS1003", Severity.Error, "Unknown field", "Unknown {0} `{1}`.{2}");
    public static readonly DiagnosticDescriptor WrongType = new("DS1004", Severity.Error, "Field has the wrong type", "{0} must be {1}.{2}");
    public static readonly DiagnosticDescriptor BadId = new("DS1005", Severity.Error, "Id is not in kebab-case", "`{0}` is not a valid id: use lowercase letters and digits joined by single hyphens, such as `{1}`.");
    public static readonly DiagnosticDescriptor DuplicateId = new("DS1006", Severity.Error, "Duplicate id", "Another {0} already has the id `{1}` ({2}).");
    public static readonly DiagnosticDescriptor DuplicateKey = new("DS1007", Severity.Error, "Duplicate key", "The key `{0}` appears twice in the same mapping.");
    public static readonly DiagnosticDescriptor MissingTitle = new("DS1008", Severity.Warning, "Page has no title", "This page has no title, so it is called \"{0}\" after its file name: add `title:` to its front matter or a heading.");
    public static readonly DiagnosticDescriptor UnknownDataFile = new("DS1009", Severity.Error, "Unknown data collection", "`{0}` is not a data collection the build reads: {1}");
    public static readonly DiagnosticDescriptor UnknownFrontMatterField = new("DS1010", Severity.Warning, "Unknown front matter field", "Unknown {0} `{1}`.{2}");
    public static readonly DiagnosticDescriptor BadDate = new("DS1011", Severity.Error, "Date is not YYYY, YYYY-MM or YYYY-MM-DD", "`{0}` must be a date written YYYY, YYYY-MM or YYYY-MM-DD (in quotes), not `{1}`.");
    public static readonly DiagnosticDescriptor MissingCell = new("DS1012", Severity.Error, "Comparison cell missing", "Dimension `{0}` has no cell for technology `{1}`.");
    public static readonly DiagnosticDescriptor TooDeep = new("DS1013", Severity.Error, "Nested too deeply", "The {0} here is nested more than {1} levels deep ({2}); DocsSite stops there. Flatten it.");
    public static readonly DiagnosticDescriptor CollectionAlias = new("DS1014", Severity.Error, "YAML alias to a list or mapping", "The alias `*{0}` repeats a list or mapping, which DocsSite does not expand (repeated collections are how \"billion laughs\" bombs are built). Write the values out.");
    public static readonly DiagnosticDescriptor UnknownSourceKind = new("DS1015", Severity.Error, "Unknown kind of source", "`{0}` is not a kind of source. Use one of: {1}.{2}");
    public static readonly DiagnosticDescriptor BadDay = new("DS1016", Severity.Error, "Date is not a day written YYYY-MM-DD", "`{0}` must be a day written YYYY-MM-DD, not `{1}`.");
    public static readonly DiagnosticDescriptor ForecastWithoutHorizon = new("DS1101", Severity.Error, "Forecast has no horizon", "Fact `{0}` is a forecast: give it a `horizon`, the date it looks to (YYYY, YYYY-MM or YYYY-MM-DD).");
    public static readonly DiagnosticDescriptor IncompleteDerivation = new("DS1102", Severity.Error, "Computed fact lacks its inputs or formula", "Fact `{0}` is computed, but {1}.");
    public static readonly DiagnosticDescriptor SourceNotRetrieved = new("DS1103", Severity.Warning, "Web source has no retrieved date", "Source `{0}` is read on the web: add `retrieved`, the date it was read (YYYY-MM-DD), since the page may change.");
    public static readonly DiagnosticDescriptor UnmarkedDisagreement = new("DS1104", Severity.Warning, "Facts disagree without saying so", "Facts `{0}` ({1}) and `{2}` ({3}) are both a {4} of `{5}` but differ: add `disagrees_with: [{0}]` to `{2}` with a note, or correct one of them.");
    public static readonly DiagnosticDescriptor DisagreementWithoutNote = new("DS1105", Severity.Error, "Disagreement has no note", "Fact `{0}` disagrees with `{1}`: {2}.");
    public static readonly DiagnosticDescriptor RetrievedBeforeDate = new("DS1106", Severity.Error, "Source retrieved before its own date", "Source `{0}` was retrieved ({1}) before its own date ({2}).");

    // Pictures drawn from data (stack diagrams, charts, flowcharts)
    public static readonly DiagnosticDescriptor ChartValueNotNumeric = new("DS1201", Severity.Error, "Fact has no figure to chart", "Fact `{0}` {1}, so it cannot be drawn on the chart.");
    public static readonly DiagnosticDescriptor ChartMixedQuantities = new("DS1202", Severity.Error, "Chart row mixes quantities", "Fact `{0}` measures {1}, but the row `{2}` plots {3}; one scale cannot show both.");
    public static readonly DiagnosticDescriptor PictureLayout = new("DS1203", Severity.Error, "Picture cannot be laid out", "The {0} `{1}` {2}.");
    public static readonly DiagnosticDescriptor PictureLabelTooLong = new("DS1204", Severity.Warning, "Picture label too long for its box", "The {0} `{1}` does not fit its box in {2} lines; {3}.");

    // References between records and from Markdown
    public static readonly DiagnosticDescriptor UnknownTerm = new("DS2001", Severity.Error, "Unknown glossary term", "There is no glossary term `{0}` (by id, term or alias).{1}");
    public static readonly DiagnosticDescriptor UnknownFact = new("DS2002", Severity.Error, "Unknown fact", "There is no fact with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownSource = new("DS2003", Severity.Error, "Unknown source", "There is no source with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownDefinition = new("DS2004", Severity.Error, "Unknown definition", "There is no definition with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownDimension = new("DS2005", Severity.Error, "Unknown comparison dimension", "There is no comparison dimension with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownFaq = new("DS2006", Severity.Error, "Unknown FAQ entry", "There is no FAQ entry with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownTechnology = new("DS2007", Severity.Error, "Unknown technology", "There is no technology with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownAnalogy = new("DS2008", Severity.Error, "Unknown analogy", "There is no analogy with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownGroup = new("DS2009", Severity.Error, "Unknown comparison group", "There is no comparison group with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor FactWithoutValue = new("DS2010", Severity.Error, "Fact has no value to show", "Fact `{0}` has no `value` to show; cite it with [@{0}] or give it a value.");
    public static readonly DiagnosticDescriptor BadEmbed = new("DS2011", Severity.Error, "Unknown or malformed embed", "Embed `::{0}`: {1}");
    public static readonly DiagnosticDescriptor CellWithoutFact = new("DS2012", Severity.Error, "Comparison cell cites no fact", "The `{0}` cell of `{1}` cites no fact: add `facts: [fact-id]` so readers can check it.");
    public static readonly DiagnosticDescriptor UnknownStackDiagram = new("DS2020", Severity.Error, "Unknown stack diagram", "There is no stack diagram with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownChart = new("DS2021", Severity.Error, "Unknown chart", "There is no chart with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownFlowchart = new("DS2022", Severity.Error, "Unknown flowchart", "There is no flowchart with the id `{0}`.{1}");
    public static readonly DiagnosticDescriptor UnknownPicturePart = new("DS2023", Severity.Error, "Unknown stack, step or topic in a picture", "{0} `{1}` has no {2} `{3}`.{4}");

    // Links and anchors
    public static readonly DiagnosticDescriptor BrokenLink = new("DS2101", Severity.Error, "Link target does not exist", "Broken link `{0}`: {1}");
    public static readonly DiagnosticDescriptor BrokenFragment = new("DS2102", Severity.Error, "Link fragment does not exist", "Broken link `{0}`: {1} has no heading or element with the id `{2}`.{3}");
    public static readonly DiagnosticDescriptor DuplicateUrl = new("DS2103", Severity.Error, "Two outputs write the same file", "{0} would be written to `{1}`, {2}.");
    public static readonly DiagnosticDescriptor UnknownNavPage = new("DS2104", Severity.Error, "Navigation names a missing page", "The navigation names `{0}`, but there is no such page.");
    public static readonly DiagnosticDescriptor RootRelativeLink = new("DS2105", Severity.Error, "Output link is not relative to its page", "`{0}` (output line {1}) starts at the site root; links must be relative to the page so the site works in any folder of any host.");
    public static readonly DiagnosticDescriptor FragmentCase = new("DS2107", Severity.Warning, "Fragment matches an id only ignoring case", "`{0}`: the id is `{1}`; `#{2}` finds it only where case is ignored (as code hosts do), not in browsers. Write `#{1}`.");
    public static readonly DiagnosticDescriptor CaseCollision = new("DS2106", Severity.Error, "Two outputs differ only by letter case", "{0} would be written to `{1}`, and {2} to `{3}`: names that differ only by letter case are one file on Windows, macOS and many hosts.");
    public static readonly DiagnosticDescriptor ExternalAnchorUnused = new("DS2108", Severity.Warning, "Declared external anchor is not needed", "`{0}#{1}` in `external_anchors` is not needed: {2}.");
    public static readonly DiagnosticDescriptor SnippetNotIncluded = new("DS2109", Severity.Error, "Snippet cannot be included", "The snippet `{0}` is not included: {1}.");

    // External links (check --external)
    public static readonly DiagnosticDescriptor ExternalBroken = new("DS2110", Severity.Error, "External link is broken", "External link `{0}` {1}");
    public static readonly DiagnosticDescriptor ExternalUnreachable = new("DS2111", Severity.Warning, "External link could not be checked", "External link `{0}` {1}");

    // Warnings about unused content
    public static readonly DiagnosticDescriptor OrphanPage = new("DS2201", Severity.Warning, "No page links here", "No page links here and it is not in the navigation, so readers cannot find it.");
    public static readonly DiagnosticDescriptor UncitedFact = new("DS2202", Severity.Warning, "No page or record cites this fact", "No page, definition, FAQ entry or comparison cell cites fact `{0}`.");
    public static readonly DiagnosticDescriptor UnusedSource = new("DS2203", Severity.Warning, "No fact uses this source", "No fact or analogy uses source `{0}`.");

    // Claims a reader can check
    public static readonly DiagnosticDescriptor DatedFact = new("DS2204", Severity.Warning, "Fact is dated", "Fact `{0}` is dated: it dates from {1} ({2}), more than {3} years before {4}. Update it from a newer source, or mark it `historical: true` if it is about that moment.");
    public static readonly DiagnosticDescriptor UnsourcedNumber = new("DS2205", Severity.Warning, "Number without a source", "`{0}` reads as a claim but no fact stands behind it.{1}");

    // Unsafe content: raw HTML and URLs a pull request could use to run code or load from elsewhere
    public static readonly DiagnosticDescriptor UnsafeHtmlElement = new("DS2301", Severity.Error, "Raw HTML element not allowed", "Raw HTML may not use `<{0}>`: {1}.");
    public static readonly DiagnosticDescriptor UnsafeHtmlAttribute = new("DS2302", Severity.Error, "Raw HTML attribute not allowed", "Raw HTML may not use the attribute `{0}` on `<{1}>`: {2}.");
    public static readonly DiagnosticDescriptor UnsafeUrl = new("DS2303", Severity.Error, "URL scheme not allowed", "URL `{0}` in {1}: {2}");
    public static readonly DiagnosticDescriptor UnfinishedHtml = new("DS2304", Severity.Error, "Raw HTML left unfinished", "This raw HTML ends inside a tag, an attribute value or a comment, so a browser would read what follows as part of it. Close it.");
    public static readonly DiagnosticDescriptor BlockedResource = new("DS2305", Severity.Warning, "Image or media from another host", "URL `{0}` in {1}: {2}");
    public static readonly DiagnosticDescriptor InertHtml = new("DS2306", Severity.Warning, "Raw HTML that has no effect", "{0} has no effect: {1}.");

    // Theme
    public static readonly DiagnosticDescriptor TemplateError = new("DS3001", Severity.Error, "Template does not compile", "Template `{0}/{1}.hbs` does not compile: {2}");
    public static readonly DiagnosticDescriptor TemplateRenderError = new("DS3002", Severity.Error, "Template failed while rendering", "Template `{0}/{1}.hbs` failed while rendering `{2}`: {3}");
    public static readonly DiagnosticDescriptor MissingLayout = new("DS3003", Severity.Error, "Layout not found", "The theme has no `{0}/{1}.hbs`, which pages such as `{2}` need.");
    public static readonly DiagnosticDescriptor EmptyLayout = new("DS3004", Severity.Error, "Layout renders nothing", "Template `{0}/{1}.hbs` renders nothing {2}; every page needs its layout's HTML.");

    public static IEnumerable<DiagnosticDescriptor> All() =>
        typeof(DiagnosticCodes).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
}
