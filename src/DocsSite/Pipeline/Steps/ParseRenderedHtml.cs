using System.Collections.Concurrent;
using DocsSite.Links;

namespace DocsSite.Pipeline.Steps;

/// <summary>Parses the final HTML of every document of the site once (AngleSharp) for the ids it renders and the links it holds.</summary>
internal sealed class ParseRenderedHtml : IBuildStep
{
    public string Name => "Reading rendered HTML";

    public void Run(BuildContext context)
    {
        var facts = new ConcurrentDictionary<string, HtmlFacts>(StringComparer.Ordinal);
        // A theme that failed (already reported) draws pages unlike the real ones: links are then
        // checked against the Markdown alone, rather than reported broken by the hundred.
        if (context.Theme is { Failed: true }) return;
        var documents = context.Manifest.Documents.Where(d => d.Text is not null && d.Destination.IsHtml).ToList();
        Parallel.ForEach(documents, document => facts.TryAdd(document.Destination.Value,
            InternalErrors.For(document.Origin.File, () => HtmlScanner.Scan(document.Text!))));
        context.Html = facts;
    }
}
