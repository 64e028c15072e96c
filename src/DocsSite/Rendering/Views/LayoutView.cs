namespace DocsSite.Rendering.Views;

// The models templates see. Property names are read in templates as camelCase ({{site.title}}).
// Every property exists on every instance, so strict mode only fails on a real typo.

internal sealed record LayoutView(
    SiteView Site,
    PageView Page,
    string Root,
    string Home,
    ReadingView Reading,
    string Body,
    IReadOnlyList<ReferenceView> References,
    string? EditUrl,
    string? Canonical,
    string? BaseHref);

internal sealed record SiteView(string Title, string Description, string Language);

/// <summary><see cref="DocumentTitle"/> is the browser tab's title: "Page · Site", or the site's title alone on the home page.</summary>
internal sealed record PageView(string Title, string? Description, string Kind, string Url, string DocumentTitle);

/// <summary>A link for templates; <see cref="Current"/> marks the page being rendered, for aria-current.</summary>
internal sealed record LinkView(string Text, string Href, bool Current = false, string? Description = null);

/// <summary><see cref="Places"/> are the ids of the markers citing it, for links back.</summary>
internal sealed record ReferenceView(int Number, string FactId, string Claim, string? Value, string? AsOf, string SourceTitle, string SourceHref, string Locator, IReadOnlyList<BackLinkView> Places)
{
    public bool CitedMoreThanOnce => Places.Count > 1;
}

/// <summary>A link from a reference back to one marker citing it; <see cref="Number"/> counts the markers from 1.</summary>
internal sealed record BackLinkView(string Id, int Number);
