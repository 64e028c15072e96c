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
        var documents = context.Manifest.Documents.Where(d => d.Text is not null && d.Destination.IsHtml).ToList();
        Parallel.ForEach(documents, document => facts.TryAdd(document.Destination.Value, HtmlScanner.Scan(document.Text!)));
        context.Html = facts;
    }
}
