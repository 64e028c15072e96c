using DocsSite.Content;
using DocsSite.Pages;
using DocsSite.Rendering.Views;
using Markdig.Syntax;

namespace DocsSite.Rendering;

/// <summary>The model of a page's body, by kind; the kind names the layout that draws it.</summary>
internal static class PageBodyBuilder
{
    public static object Build(PageRenderContext ctx)
    {
        var page = ctx.Page;
        var content = page.Document is null ? "" : ctx.RenderDocument(page.Document, page.Scan);
        // Every page has an h1: the page's own "# " heading (wherever the author put it), or else its title.
        var heading = page.Document is { } document && Markdown.MarkdownNodes.Blocks<HeadingBlock>(document).Any(h => h.Level == 1) ? null : page.Title;
        if (page.Body is { } body) return body(ctx);
        return page.Kind switch
        {
            PageKind.Home => new HomeView(heading, content, Sections(ctx)),
            PageKind.NotFound => new NotFoundView(ctx.Href("/"), Sections(ctx)),
            _ => new ArticleView(heading, content),
        };
    }

    /// <summary>The generated sections that exist on this site, for the home page and navigation.</summary>
    public static IReadOnlyList<LinkView> Sections(PageRenderContext ctx) =>
        ctx.Site.Sections.Select(p => new LinkView(p.Title, ctx.Href(p.Url), p.Url == ctx.Page.Url, p.Description)).ToList();
}
