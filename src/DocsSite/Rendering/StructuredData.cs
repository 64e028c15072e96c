using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocsSite.Pages;
using DocsSite.Rendering.Outline;
using DocsSite.Rendering.Views;

namespace DocsSite.Rendering;

/// <summary>
/// JSON-LD for search engines: <c>BreadcrumbList</c> (with a base URL, as it needs absolute
/// addresses), <c>FAQPage</c> on the FAQ and <c>DefinedTermSet</c> on the glossary.
/// Encoded so that no "&lt;/script&gt;" can end the element early.
/// </summary>
internal static partial class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string? For(PageRenderContext ctx, string body, IReadOnlyList<LinkView> crumbs)
    {
        var graph = new JsonArray();
        var baseUrl = ctx.Site.Settings.BaseUrl?.TrimEnd('/');
        var modified = ctx.Site.Updated(ctx.Page)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (baseUrl is not null && crumbs.Count > 1)
        {
            var items = new JsonArray();
            var position = 1;
            foreach (var crumb in crumbs)
                items.Add(new JsonObject
                {
                    ["@type"] = "ListItem", ["position"] = position++, ["name"] = crumb.Text,
                    ["item"] = Absolute(baseUrl, ctx.Page.Url, crumb.Href),
                });
            graph.Add(new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = items });
        }
        if (ctx.Page.Url == SiteUrls.Faq)
        {
            var questions = new JsonArray();
            foreach (Match m in FaqEntry().Matches(body))
                questions.Add(new JsonObject
                {
                    ["@type"] = "Question", ["name"] = HeadingOutline.PlainText(m.Groups["q"].Value),
                    ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = Collapse(HeadingOutline.PlainText(m.Groups["a"].Value)) },
                });
            if (questions.Count > 0) graph.Add(Dated(new JsonObject { ["@type"] = "FAQPage", ["mainEntity"] = questions }, modified));
        }
        if (ctx.Page.Url == SiteUrls.Glossary && ctx.Site.Data.Definitions.Count > 0)
        {
            var terms = new JsonArray();
            foreach (var d in ctx.Site.Data.Definitions.Values.OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase))
            {
                var term = new JsonObject { ["@type"] = "DefinedTerm", ["name"] = d.Title, ["description"] = d.Short };
                if (baseUrl is not null) term["url"] = baseUrl + Outputs.SitePath.Encode(SiteUrls.Term(d.Id));
                terms.Add(term);
            }
            graph.Add(Dated(new JsonObject { ["@type"] = "DefinedTermSet", ["name"] = ctx.Page.Title, ["hasDefinedTerm"] = terms }, modified));
        }
        // Any other page with breadcrumbs says when it changed as a WebPage.
        if (graph.Count == 1 && baseUrl is not null && modified is not null)
            graph.Add(new JsonObject
            {
                ["@type"] = "WebPage", ["name"] = ctx.Page.Title, ["url"] = baseUrl + Outputs.SitePath.Encode(ctx.Page.Url), ["dateModified"] = modified,
            });
        if (graph.Count == 0) return null;
        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return root.ToJsonString(Options);
    }

    private static JsonObject Dated(JsonObject node, string? modified)
    {
        if (modified is not null) node["dateModified"] = modified;
        return node;
    }

    /// <summary>A link relative to the page, made absolute under the base URL.</summary>
    private static string Absolute(string baseUrl, string pageUrl, string href)
    {
        var origin = new Uri(baseUrl + "/");
        var page = new Uri(origin, Outputs.SitePath.Encode(pageUrl).TrimStart('/'));
        return new Uri(page, href).AbsoluteUri;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex("<article class=\"faq-entry\"[^>]*>\\s*(?:<div class=\"heading\">)?<h(?<l>[23])[^>]*>(?<q>.*?)</h\\k<l>>(?:<a class=\"anchor\".*?</a></div>)?(?<a>.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex FaqEntry();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
