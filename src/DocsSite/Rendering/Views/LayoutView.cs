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
    string? BaseHref,
    DateView? Updated);

/// <summary>A day as <c>&lt;time datetime&gt;</c> wants it (<see cref="Iso"/>) and as a reader reads it, the same in every culture.</summary>
internal sealed record DateView(string Iso, string Text)
{
    public static DateView Of(DateOnly day) =>
        new(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
}

internal sealed record SiteView(string Title, string Description, string Language);

/// <summary><see cref="DocumentTitle"/> is the browser tab's title: "Page · Site", or the site's title alone on the home page.</summary>
internal sealed record PageView(string Title, string? Description, string Kind, string Url, string DocumentTitle)
{
    /// <summary>Every page but an article loads <c>sections.css</c> too: articles, the pages read most, load less.</summary>
    public bool SectionStyles => Kind != "article";

    /// <summary>The page shows a picture drawn from data: it loads <c>pictures.css</c>, which other pages do without.</summary>
    public bool PictureStyles { get; init; }

    /// <summary>The search page needs the index at once: fetched beside the stylesheet, its results paint sooner.</summary>
    public bool PreloadSearch => Kind == SearchPage.Layout;
}

/// <summary>
/// A link for templates; <see cref="Current"/> marks the page being rendered, for aria-current;
/// <see cref="Id"/> is the link's own id, for a link that other places link back to (a citation).
/// </summary>
internal sealed record LinkView(string Text, string Href, bool Current = false, string? Description = null, string? Id = null);

internal sealed record ReferenceView(int Number, string FactId, string Claim, string? Value, string? AsOf, string SourceTitle, string SourceHref, string Locator)
{
    public string? Horizon { get; init; }

    /// <summary>The markers citing it on this page, for links back.</summary>
    public IReadOnlyList<BackLinkView> Places { get; init; } = [];

    public bool CitedMoreThanOnce => Places.Count > 1;

    /// <summary>The year of a fact older than the site's threshold, shown as "dated YEAR".</summary>
    public string? Dated { get; init; }

    /// <summary>The fact's entry in the facts ledger.</summary>
    public string? Ledger { get; init; }

    /// <summary>For a figure the site computed: the references it is computed from, and how.</summary>
    public IReadOnlyList<LinkView> ComputedFrom { get; init; } = [];

    public string? Formula { get; init; }

    /// <summary>Facts that size or date the same thing differently, shown beside this one.</summary>
    public IReadOnlyList<DisagreementView> Disagreements { get; init; } = [];
}

/// <summary>A fact that disagrees with a cited one: its reference, both values, and the note explaining the difference.</summary>
internal sealed record DisagreementView(LinkView Other, string? OtherValue, string? Value, string Note);

/// <summary>A link from a reference back to one marker citing it; <see cref="Number"/> counts the markers from 1.</summary>
internal sealed record BackLinkView(string Id, int Number);
