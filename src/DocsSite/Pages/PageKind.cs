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
}
