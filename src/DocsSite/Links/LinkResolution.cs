using DocsSite.Outputs;

namespace DocsSite.Links;

/// <summary>
/// Where an internal link leads: a document of the site (with the fragment, decoded), the
/// document the link is in (<see cref="Target"/> null, no problem), or nowhere (<see cref="Problem"/>).
/// </summary>
internal sealed record LinkResolution(OutputDocument? Target, string Fragment, string? Problem)
{
    public bool IsBroken => Problem is not null;
}
