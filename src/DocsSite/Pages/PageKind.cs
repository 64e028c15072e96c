namespace DocsSite.Pages;

/// <summary>What a page is; each kind has a layout of the same name in <c>theme/layouts/</c>.</summary>
internal enum PageKind
{
    Article,
    Home,
    Glossary,
    Term,
    Comparison,
    Faq,
    Analogies,
    Sources,

    /// <summary>404.html: served by hosts for any missing path, so its links start from the site's root.</summary>
    NotFound,
}
