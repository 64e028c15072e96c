using Markdig.Renderers;

namespace DocsSite.Markdown.SafeHtml;

/// <summary>Which rendered links lead to another site, and the <c>rel</c> they get.</summary>
internal static class ExternalLinks
{
    public const string Rel = "noopener";

    /// <summary>An http(s) link to a host other than the site's own (from <c>base_url</c>, when it is set).</summary>
    public static bool Opens(HtmlRenderer renderer, string url)
    {
        var baseUrl = PageHtmlRenderer.ContextOf(renderer)?.Site.Settings.BaseUrl;
        var siteHost = baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var site) ? site.Host : null;
        return Safety.UrlPolicy.IsExternal(url, siteHost);
    }
}
