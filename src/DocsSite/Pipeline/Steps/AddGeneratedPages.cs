using DocsSite.Collections;
using DocsSite.Pages;

namespace DocsSite.Pipeline.Steps;

/// <summary>Adds the pages made from data (each collection's descriptor says which), a home page if the input has none, 404.html and the search page.</summary>
internal sealed class AddGeneratedPages : IBuildStep
{
    public string Name => "Adding generated pages";

    public void Run(BuildContext context)
    {
        var pages = new List<Page>();
        var home = context.Pages.FirstOrDefault(p => p.Url == "/");
        foreach (var page in context.Pages)
            pages.Add(page == home ? page with { Kind = PageKind.Home } : page);
        if (home is null)
            pages.Add(Generated(PageKind.Home, "/", context.Settings.Title, context.Settings.Description));
        foreach (var collection in SiteCollections.All)
            pages.AddRange(collection.Pages(context.Data));
        pages.Add(Generated(PageKind.NotFound, SiteUrls.NotFound, "Page not found", "There is no page at this address."));
        // The page the header's search opens on Enter, unless the input has its own page there.
        if (context.Theme?.HasLayout(Rendering.SearchPage.Layout) == true && pages.All(p => p.Url != SiteUrls.Search))
            pages.Add(Generated(PageKind.Data, SiteUrls.Search, "Search", "Search every page, term and question of the site.") with
            {
                Layout = Rendering.SearchPage.Layout,
                Body = Rendering.SearchPage.Body,
                Indexed = false,
            });

        context.Pages = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
    }

    private static Page Generated(PageKind kind, string url, string title, string description) =>
        new(kind, null, url, title, description, 0, [], null, MarkdownScan.Empty);
}
