using DocsSite.Rendering.Views;

namespace DocsSite.Claims;

/// <summary>The facts ledger's model; <see cref="Today"/> is the date facts are aged against.</summary>
/// <param name="Script">The filter script's URL, relative to the page.</param>
internal sealed record LedgerView(int Count, int Dated, int StaleAfterYears, string Today, IReadOnlyList<LedgerTopicView> Topics, string Script);

internal sealed record LedgerTopicView(string Name, string Anchor, IReadOnlyList<LedgerEntryView> Facts)
{
    public int Count => Facts.Count;
}

/// <param name="SourceDate">The source's date, shown when the fact has no as_of of its own (its age counts from it).</param>
/// <param name="Date">The date the fact's age counts from, for the filter script; empty when undated.</param>
internal sealed record LedgerEntryView(
    string Id,
    string Claim,
    string? Value,
    string? AsOf,
    string? SourceDate,
    string? Horizon,
    string? Kind,
    string? Dated,
    bool Historical,
    LinkView Source,
    LinkView? Original,
    string Locator,
    IReadOnlyList<LinkView> DerivedFrom,
    string? Formula,
    IReadOnlyList<DisagreementView> Disagreements,
    string Note,
    IReadOnlyList<LedgerCitationView> CitedBy,
    string Tags,
    string Date);

/// <summary>
/// A page citing a fact: its title links to the first place citing it, and when it cites the fact in
/// several places, <see cref="Places"/> links to each (numbered from 1, in page order).
/// </summary>
internal sealed record LedgerCitationView(LinkView Page, IReadOnlyList<LinkView> Places)
{
    public bool CitedMoreThanOnce => Places.Count > 1;
}
