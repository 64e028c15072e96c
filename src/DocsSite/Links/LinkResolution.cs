using DocsSite.Pages;

namespace DocsSite.Links;

/// <summary>Where an internal link leads: a page (with the fragment, decoded), a plain file, or nowhere.</summary>
internal sealed record LinkResolution(Page? Page, bool IsFile, string Fragment, string? Problem)
{
    public bool IsBroken => Problem is not null;
}
