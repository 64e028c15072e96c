using DocsSite.Content;
using DocsSite.Pages;
using DocsSite.Rendering.Views;

namespace DocsSite.Rendering;

/// <summary>The model of a page's body, by kind; the kind names the layout that draws it.</summary>
internal static class PageBodyBuilder
{
    public static object Build(PageRenderContext ctx)
    {
        var page = ctx.Page;
        var content = page.Document is null ? "" : ctx.RenderDocument(page.Document, page.Scan);
        // Every page has one h1: the page's own "# " heading, or else its title.
        var heading = page.Document?.FirstOrDefault(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock) is Markdig.Syntax.HeadingBlock { Level: 1 }
            ? null
            : page.Title;
        var data = ctx.Site.Data;
        return page.Kind switch
        {
            PageKind.Home => new HomeView(heading, content, Sections(ctx)),
            PageKind.Glossary => Glossary(ctx),
            PageKind.Term => Term(ctx, data.Definitions[page.DefinitionId!]),
            PageKind.Comparison => DataViewBuilder.ComparisonTable(ctx, [], [], null, "The comparison matrix", anchors: true),
            PageKind.Faq => DataViewBuilder.FaqList(ctx, []),
            PageKind.Analogies => new AnalogiesView(data.Analogies.Values.OrderBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => DataViewBuilder.Analogy(ctx, a)).ToList()),
            PageKind.Sources => Sources(ctx),
            PageKind.NotFound => new NotFoundView(ctx.Href("/"), Sections(ctx)),
            _ => new ArticleView(heading, content),
        };
    }

    /// <summary>The generated sections that exist on this site, for the home page and navigation.</summary>
    public static IReadOnlyList<LinkView> Sections(PageRenderContext ctx) =>
        ctx.Site.Sections.Select(p => new LinkView(p.Title, ctx.Href(p.Url), p.Url == ctx.Page.Url, p.Description)).ToList();

    private static GlossaryView Glossary(PageRenderContext ctx)
    {
        var letters = ctx.Site.Data.Definitions.Values
            .OrderBy(d => d.Term, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Id, StringComparer.Ordinal)
            .GroupBy(d => char.IsAsciiLetter(d.Term[0]) ? char.ToUpperInvariant(d.Term[0]).ToString() : "#")
            .Select(g => new LetterView(g.Key, g.Key == "#" ? "other" : g.Key.ToLowerInvariant(),
                g.Select(d => new LinkView(d.Title, ctx.Href(SiteUrls.Term(d.Id)), Description: d.Short)).ToList()))
            .ToList();
        return new GlossaryView(letters);
    }

    private static TermView Term(PageRenderContext ctx, Definition d)
    {
        var data = ctx.Site.Data;
        var analogies = data.Analogies.Values.Where(a => a.Compares.Any(c => c.Value == d.Id))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new LinkView(a.Title, ctx.Href(SiteUrls.Analogies, a.Id))).ToList();
        var questions = data.Faq.Values.Where(q => q.Terms.Any(t => t.Value == d.Id))
            .OrderBy(q => q.Id, StringComparer.Ordinal)
            .Select(q => new LinkView(q.Question, ctx.Href(SiteUrls.Faq, q.Id))).ToList();
        var body = ctx.RenderMarkdown(d.Body);
        var facts = d.Facts.Select(f => data.Facts.GetValueOrDefault(f.Value)).OfType<Fact>()
            .Select(f => DataViewBuilder.Fact(ctx, f, cite: true)).ToList();
        return new TermView(d.Id, d.Title, d.Aliases, d.Short, body,
            DataViewBuilder.TermLinks(ctx, d.Related.Select(r => r.Value)), facts, analogies, questions);
    }

    private static SourcesView Sources(PageRenderContext ctx)
    {
        var data = ctx.Site.Data;
        var sources = data.Sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new SourceView(
            s.Id, s.Title, s.Publisher, s.Author, s.Date, s.Url?.Value, ctx.RenderMarkdown(s.Notes),
            data.Facts.Values.Where(f => f.Source.Value == s.Id || f.Original?.Value == s.Id)
                .OrderBy(f => f.Id, StringComparer.Ordinal)
                .Select(f => DataViewBuilder.Fact(ctx, f, cite: false)).ToList())).ToList();
        return new SourcesView(sources);
    }
}
