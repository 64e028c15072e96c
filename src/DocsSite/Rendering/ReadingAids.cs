using DocsSite.Pages;
using DocsSite.Rendering.Views;

namespace DocsSite.Rendering;

/// <summary>Builds a page's <see cref="ReadingView"/> from the site's menu and the headings its body rendered.</summary>
internal static class ReadingAids
{
    /// <summary>A shorter page reads without contents: the list would repeat what fits on a screen.</summary>
    private const int MinTocEntries = 3;

    public static ReadingView Build(PageRenderContext ctx, string body, IReadOnlyList<TocEntryView> headings, int references)
    {
        var page = ctx.Page;
        var menu = ctx.Site.Menu;
        var groups = menu.Groups.Select(g => new NavGroupView(g.Title, g.Pages.Contains(page),
            g.Pages.Select(p => Link(ctx, p)).ToList())).ToList();
        var crumbs = Breadcrumbs(ctx);
        // The FAQ lists its questions at the top: its contents are the groups.
        var toc = page.Layout == "faq" && headings.Any(h => h.Level == 2) && headings.Any(h => h.Level == 3)
            ? headings.Where(h => h.Level == 2).ToList()
            : headings.ToList();
        if (references > 0) toc.Add(new TocEntryView(2, "references", "References"));
        // The home page leads with its summary; the glossary has its letters.
        if (toc.Count < MinTocEntries || page.Kind == PageKind.Home || page.Layout == "glossary") toc = [];
        return new ReadingView(groups, crumbs,
            menu.Previous(page) is { } previous ? Link(ctx, previous) : null,
            menu.Next(page) is { } next ? Link(ctx, next) : null,
            toc,
            StructuredData.For(ctx, body, crumbs),
            references);
    }

    private static LinkView Link(PageRenderContext ctx, Page p) => new(ctx.Site.NavTitle(p), ctx.Href(p.Url), p.Url == ctx.Page.Url);

    /// <summary>Home, then each folder above the page that is a page itself, then the page (current, not a link).</summary>
    private static IReadOnlyList<LinkView> Breadcrumbs(PageRenderContext ctx)
    {
        var page = ctx.Page;
        if (page.Kind is PageKind.Home or PageKind.NotFound) return [];
        var crumbs = new List<LinkView> { new("Home", ctx.Href("/")) };
        var parts = page.Url.Trim('/').Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            var url = "/" + string.Join('/', parts[..i]) + "/";
            if (ctx.Site.PageAtUrl(url) is { } parent) crumbs.Add(new LinkView(parent.Title, ctx.Href(parent.Url)));
        }
        crumbs.Add(new LinkView(page.Title, ctx.Href(page.Url), Current: true));
        return crumbs;
    }
}
