using DocsSite.Rendering.Views;

namespace DocsSite.Rendering;

/// <summary>
/// <c>search/</c>: the results of <c>?q=</c>, drawn by <c>search.js</c> from <c>search-index.json</c>.
/// Without JavaScript nothing can search a static site, so the page says so and offers the ways
/// to browse instead: the home page and the site's sections.
/// </summary>
internal static class SearchPage
{
    public const string Layout = "search";

    public static object Body(PageRenderContext ctx) =>
        new SearchView(ctx.Root + ctx.Theme.PublishedAsset("search.js"),
            [new LinkView("Home", ctx.Href("/")), .. ctx.Site.Sections.Select(p => new LinkView(p.Title, ctx.Href(p.Url), Description: p.Description))]);
}
