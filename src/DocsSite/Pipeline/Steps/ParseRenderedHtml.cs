using System.Collections.Concurrent;
using DocsSite.Links;

namespace DocsSite.Pipeline.Steps;

/// <summary>Parses every page's final HTML once (AngleSharp) for the ids it renders and the links it holds.</summary>
internal sealed class ParseRenderedHtml : IBuildStep
{
    public string Name => "Reading rendered HTML";

    public void Run(BuildContext context)
    {
        var facts = new ConcurrentDictionary<string, HtmlFacts>(StringComparer.Ordinal);
        // A theme that failed (already reported) draws pages unlike the real ones: links are then
        // checked against the Markdown alone, rather than reported broken by the hundred.
        if (context.Theme is { Failed: true }) return;
        Parallel.ForEach(context.Rendered, page =>
            facts.TryAdd(page.Page.OutputPath, InternalErrors.For(page.Page.ReportedFile, () => HtmlScanner.Scan(page.Html))));
        context.Html = facts;
    }
}
