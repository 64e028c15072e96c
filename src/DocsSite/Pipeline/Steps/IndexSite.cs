using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>Builds the look-ups every later check and render shares, once the page list is final.</summary>
internal sealed class IndexSite : IBuildStep
{
    public string Name => "Indexing";

    public void Run(BuildContext context) =>
        context.Index = new SiteIndex(context.Settings, context.Data, context.Pages, context.DataMarkdown);
}
