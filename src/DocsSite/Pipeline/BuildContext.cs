using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Outputs;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Pipeline;

/// <summary>
/// What flows through the pipeline. Each step replaces whole values (pages are
/// immutable records); none edits what an earlier step produced, except that the
/// manifest of outputs grows as pages are rendered and files generated.
/// </summary>
internal sealed class BuildContext(BuildOptions options, InputFiles input, DiagnosticBag diagnostics)
{
    public BuildOptions Options { get; } = options;

    public InputFiles Input { get; } = input;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SiteSettings Settings { get; set; } = SiteSettings.Default;

    public SiteData Data { get; set; } = SiteData.Empty;

    /// <summary>Every Markdown field of the data, parsed once.</summary>
    public IReadOnlyDictionary<Yaml.MarkdownText, ParsedMarkdown> DataMarkdown { get; set; } =
        new Dictionary<Yaml.MarkdownText, ParsedMarkdown>();

    /// <summary>Pages in URL order, so every later step sees them in the same order.</summary>
    public IReadOnlyList<Page> Pages { get; set; } = [];

    /// <summary>Every file the site will contain, by destination: pages, copied files, theme assets, generated files.</summary>
    public OutputManifest Manifest { get; set; } = new();

    /// <summary>Input path -> the day git last changed it; empty outside a checkout.</summary>
    public IReadOnlyDictionary<string, DateOnly> History { get; set; } = new Dictionary<string, DateOnly>();

    /// <summary>Look-ups over the finished page list and data; set once pages are final.</summary>
    public SiteIndex? Index { get; set; }

    public Theme? Theme { get; set; }

    /// <summary>URLs of pages that some other document links to, found while resolving links.</summary>
    public IReadOnlySet<string> LinkedUrls { get; set; } = new HashSet<string>();

    /// <summary>Every page's final HTML, in page order, after rendering.</summary>
    public IReadOnlyList<RenderedPage> Rendered { get; set; } = [];

    /// <summary>Destination -> what the final HTML of that document holds (ids, links); read by the link graph.</summary>
    public IReadOnlyDictionary<string, Links.HtmlFacts> Html { get; set; } = new Dictionary<string, Links.HtmlFacts>();

    /// <summary>
    /// Whether pages keep their parse trees after rendering: <c>serve</c> keeps the finished build to render
    /// an edited page again; a build run once lets them go (<see cref="Page.ReleaseParse"/>).
    /// </summary>
    public bool KeepsParsedPages { get; init; } = true;

    /// <summary>What the output held when the build took its lock, for the write; null: the write lists it itself.</summary>
    public Output.OutputSurvey? OutputSurvey { get; init; }

    /// <summary>Reports progress of long steps: (done, total).</summary>
    public Action<string, int, int>? Progress { get; init; }
}
