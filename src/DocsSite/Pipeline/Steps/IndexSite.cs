using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>Builds the look-ups every later check, render and write shares, once the page list and theme are final.</summary>
internal sealed class IndexSite : IBuildStep
{
    public string Name => "Indexing";

    public void Run(BuildContext context) =>
        context.Index = new SiteIndex(context.Settings, context.Data, context.Pages, context.DataMarkdown,
            context.Input.StaticFiles().ToHashSet(StringComparer.Ordinal), Links.RepositoryLinks.Find(context.Input.Root, context.Settings.Repository))
        {
            Dates = History.PageDates.Build(context.Pages, context.Data, context.History),
            Staleness = new Claims.Staleness(context.Options.Today ?? Claims.BuildClock.Default(), context.Settings.StaleAfterYears),
        };
}
