using DocsSite.Pages;

namespace DocsSite.Pipeline.Steps;

/// <summary>Adds the pages made from data: home, glossary and one page per term, comparison, FAQ, analogies, sources.</summary>
internal sealed class AddGeneratedPages : IBuildStep
{
    public string Name => "Adding generated pages";

    public void Run(BuildContext context)
    {
        var data = context.Data;
        var pages = new List<Page>();
        var home = context.Pages.FirstOrDefault(p => p.Url == "/");
        foreach (var page in context.Pages)
            pages.Add(page == home ? page with { Kind = PageKind.Home } : page);
        if (home is null)
            pages.Add(Generated(PageKind.Home, "/", context.Settings.Title, context.Settings.Description));

        if (data.Definitions.Count > 0)
        {
            pages.Add(Generated(PageKind.Glossary, SiteUrls.Glossary, "Glossary", "Every term used on this site, A to Z."));
            foreach (var d in data.Definitions.Values)
                pages.Add(Generated(PageKind.Term, SiteUrls.Term(d.Id), d.Title, d.Short) with { DefinitionId = d.Id });
        }
        if (data.Comparison.Dimensions.Count > 0)
            pages.Add(Generated(PageKind.Comparison, SiteUrls.Comparison, "Comparison", "Side by side, dimension by dimension, with the facts behind each cell."));
        if (data.Faq.Count > 0)
            pages.Add(Generated(PageKind.Faq, SiteUrls.Faq, "FAQ", "Questions readers ask, answered with sources."));
        if (data.Analogies.Count > 0)
            pages.Add(Generated(PageKind.Analogies, SiteUrls.Analogies, "Analogies", "Everyday pictures of the ideas, and where each picture stops being true."));
        if (data.Sources.Count > 0)
            pages.Add(Generated(PageKind.Sources, SiteUrls.Sources, "Sources", "Where every fact on this site comes from."));

        pages.Add(Generated(PageKind.NotFound, SiteUrls.NotFound, "Page not found", "There is no page at this address."));

        context.Pages = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
    }

    private static Page Generated(PageKind kind, string url, string title, string description) =>
        new(kind, null, url, title, description, 0, [], null, MarkdownScan.Empty);
}
