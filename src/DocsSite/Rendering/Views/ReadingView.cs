namespace DocsSite.Rendering.Views;

/// <summary>
/// What helps a reader around a page: the menu in groups, the way here from the home page,
/// previous and next in menu order, the page's contents, and structured data for search engines.
/// </summary>
internal sealed record ReadingView(
    IReadOnlyList<NavGroupView> Menu,
    IReadOnlyList<LinkView> Breadcrumbs,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<TocEntryView> Toc,
    string? JsonLd,
    int ReferenceCount)
{
    /// <summary>A longer reference list starts closed: on the comparison it was most of the page's height.</summary>
    public bool CollapseReferences => ReferenceCount > 15;

    public bool Pager => Previous is not null || Next is not null;
}

/// <summary>A group of the menu; <see cref="Title"/> is null for pages listed without a group.</summary>
internal sealed record NavGroupView(string? Title, bool Current, IReadOnlyList<LinkView> Links);

/// <summary>One heading of the page's contents; <see cref="Level"/> is 2 or 3.</summary>
internal sealed record TocEntryView(int Level, string Id, string Text);
