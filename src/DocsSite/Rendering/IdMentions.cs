using System.Net;
using System.Text.RegularExpressions;
using DocsSite.Pages;

namespace DocsSite.Rendering;

/// <summary>
/// Notes written for editors name records by id in code font (<c>`bmc-vms-vs-containers`</c>);
/// a reader gets a link instead: a source by its title, a fact as "a related fact" with its claim as the tooltip.
/// </summary>
internal static partial class IdMentions
{
    public static string Link(PageRenderContext ctx, string html) => Code().Replace(html, m =>
    {
        var id = m.Groups[1].Value;
        var data = ctx.Site.Data;
        if (data.Sources.TryGetValue(id, out var source))
            return $"<a href=\"{WebUtility.HtmlEncode(ctx.Href(SiteUrls.Sources, id))}\">{WebUtility.HtmlEncode(source.Title)}</a>";
        if (data.Facts.TryGetValue(id, out var fact))
            return $"<a href=\"{WebUtility.HtmlEncode(ctx.Href(SiteUrls.Sources, "fact-" + id))}\" title=\"{WebUtility.HtmlEncode(Outline.HeadingOutline.PlainText(ctx.RenderInline(fact.Claim)))}\">a related fact</a>";
        return m.Value;
    });

    [GeneratedRegex("<code>([a-z0-9][a-z0-9-]*)</code>")]
    private static partial Regex Code();
}
