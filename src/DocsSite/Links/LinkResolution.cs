using DocsSite.Pages;

namespace DocsSite.Links;

/// <summary>Where an internal link leads: a page (with the fragment, decoded), a plain file (no page), or nowhere.</summary>
internal sealed record LinkResolution(Page? Page, string Fragment, string? Problem)
{
    public bool IsBroken => Problem is not null;
}
