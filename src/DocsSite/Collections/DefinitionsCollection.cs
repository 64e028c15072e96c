using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pages;
using DocsSite.Rendering;
using DocsSite.Rendering.Views;
using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary><c>definitions</c>: the glossary, A to Z on one page, and a page per term.</summary>
internal sealed class DefinitionsCollection() : ListCollection<Definition>("definitions", "definition", DiagnosticCodes.UnknownDefinition, DefinitionReader.Read)
{
    public override IEnumerable<RecordReference> References(SiteData data) =>
        Of(data).Values.SelectMany(d => Refs("definition", d.Related).Concat(Refs("fact", d.Facts)));

    public override IEnumerable<MarkdownText?> MarkdownFields(SiteData data) => Of(data).Values.Select(d => d.Body);

    public override IEnumerable<MarkdownText?> ProseFields(SiteData data) => MarkdownFields(data);

    public override IEnumerable<MarkdownText?> PlainProseFields(SiteData data) => Of(data).Values.Select(d => d.ShortPlaced);

    public override IEnumerable<Page> Pages(SiteData data)
    {
        if (Of(data).Count == 0) yield break;
        yield return DataPage(SiteUrls.Glossary, "Glossary", "Every term used on this site, A to Z.", "glossary", Glossary, section: true);
        foreach (var d in Of(data).Values)
            yield return DataPage(SiteUrls.Term(d.Id), d.Title, d.Short, "term", ctx => Term(ctx, d), origin: d.At);
    }

    private GlossaryView Glossary(PageRenderContext ctx)
    {
        var letters = Of(ctx.Site.Data).Values
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
        return new TermView(d.Id, d.Title, OtherNames(d), d.Short, body,
            DataViewBuilder.TermLinks(ctx, d.Related.Select(r => r.Value)), facts, analogies, questions);
    }

    /// <summary>
    /// The aliases a reader sees under "Also called": the singular or plural of a name already
    /// shown is left out (aliases still list both, so that either form links to the term).
    /// </summary>
    private static IReadOnlyList<string> OtherNames(Definition d)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { Singular(d.Term), Singular(d.Title) };
        return d.Aliases.Where(a => seen.Add(Singular(a))).ToList();
    }

    private static string Singular(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.EndsWith("ies", StringComparison.Ordinal) && n.Length > 4) return n[..^3] + "y";
        if (n.EndsWith("es", StringComparison.Ordinal) && (n.EndsWith("ses", StringComparison.Ordinal) || n.EndsWith("xes", StringComparison.Ordinal) || n.EndsWith("ches", StringComparison.Ordinal) || n.EndsWith("shes", StringComparison.Ordinal))) return n[..^2];
        if (n.EndsWith('s') && !n.EndsWith("ss", StringComparison.Ordinal) && n.Length > 3) return n[..^1];
        return n;
    }
}
