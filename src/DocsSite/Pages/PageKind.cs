namespace DocsSite.Pages;

/// <summary>What a page is; each kind but <see cref="Data"/> has a layout of the same name in <c>theme/layouts/</c>.</summary>
internal enum PageKind
{
    Article,
    Home,

    /// <summary>A page a data collection makes; its descriptor gives the layout and the body.</summary>
    Data,

    /// <summary>404.html: served by hosts for any missing path, so its links start from the site's root.</summary>
    NotFound,
}
