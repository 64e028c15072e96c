using DocsSite.Pages;
using DocsSite.Rendering.Views;

namespace DocsSite.Rendering;

/// <summary>Renders one page to its final HTML: body by the kind's layout, then <c>base.hbs</c> around it.</summary>
internal static class PageRenderer
{
    /// <summary>The layout around every page's body.</summary>
    public const string BaseLayout = "base";

    public static RenderedPage Render(Page page, SiteIndex site, Theme theme)
    {
        var ctx = new PageRenderContext(page, site, theme);
        var layout = page.Layout;
        var (cited, places) = Outline.CitationMarks.Tidy(theme.RenderLayout(layout, PageBodyBuilder.Build(ctx), page.ReportedFile));
        var (body, headings) = Outline.HeadingOutline.Process(cited);
        var (references, citePlaces) = References(ctx, places);
        var settings = site.Settings;
        var view = new LayoutView(
            new SiteView(settings.Title, settings.Description, settings.Language),
            new PageView(page.Title, page.Description, layout, page.Url,
                page.Kind == PageKind.Home && page.Title == settings.Title ? settings.Title : $"{page.Title} · {settings.Title}")
            {
                PictureStyles = body.Contains("<figure class=\"pic ", StringComparison.Ordinal),
            },
            ctx.Root,
            ctx.Href("/"),
            ReadingAids.Build(ctx, body, headings, references.Count),
            body,
            references,
            EditLinks.For(page, site),
            settings.BaseUrl is { } baseUrl && page.Kind != PageKind.NotFound ? baseUrl.TrimEnd('/') + Outputs.SitePath.Encode(page.Url) : null,
            page.Kind == PageKind.NotFound ? RootPath(settings.BaseUrl) : null,
            site.Updated(page) is { } updated ? DateView.Of(updated) : null);
        return new RenderedPage(page, theme.RenderLayout(BaseLayout, view, page.ReportedFile), ctx.Edges) { CitedFacts = ctx.CitedFacts.ToList(), CitePlaces = citePlaces };
    }

    /// <summary>The site's root as a path ("/docs/"): 404.html is served at any depth, and its links start there.</summary>
    private static string RootPath(string? baseUrl) =>
        baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') + "/" : "/";

    /// <summary>
    /// The facts this page cited, numbered in order of first citation, each with the places citing it:
    /// the markers in the body, then the "[n]" links other references write (computed from, sources differ).
    /// </summary>
    private static (IReadOnlyList<ReferenceView> References, IReadOnlyList<IReadOnlyList<string>> Places) References(
        PageRenderContext ctx, IReadOnlyDictionary<int, IReadOnlyList<string>> marked)
    {
        var data = ctx.Site.Data;
        var places = marked.ToDictionary(p => p.Key, p => p.Value.ToList());
        var references = new List<ReferenceView>();
        // Rendering a claim may cite further facts; the loop picks those up too.
        for (var i = 0; i < ctx.CitedFacts.Count; i++)
            references.Add(Claims.ReferenceBuilder.Build(ctx, i + 1, data.Facts[ctx.CitedFacts[i]], places));
        // A later reference may cite an earlier one, so the links back are known only now.
        var placesOf = Enumerable.Range(1, references.Count)
            .Select(n => (IReadOnlyList<string>)(places.GetValueOrDefault(n) ?? [])).ToList();
        return (references.Select((r, i) => r with { Places = placesOf[i].Select((id, k) => new BackLinkView(id, k + 1)).ToList() }).ToList(), placesOf);
    }
}
