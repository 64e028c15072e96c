using DocsSite.Pages;

namespace DocsSite.Claims;

/// <summary>
/// Which pages cite each fact, and under which number in their reference list. Filled from the
/// rendered pages (what a page renders is what it cites, embeds and data fields included), before
/// the pages that list it (the facts ledger) are rendered.
/// </summary>
internal sealed class FactCitations
{
    private IReadOnlyDictionary<string, IReadOnlyList<FactCitation>> _byFact = new Dictionary<string, IReadOnlyList<FactCitation>>();

    public IReadOnlyList<FactCitation> Of(string factId) => _byFact.GetValueOrDefault(factId) ?? [];

    /// <param name="cited">Each rendered page with the facts it cited, in the order of its reference list.</param>
    public void Record(IEnumerable<(Page Page, IReadOnlyList<string> Facts)> cited)
    {
        var byFact = new Dictionary<string, List<FactCitation>>(StringComparer.Ordinal);
        foreach (var (page, facts) in cited)
            for (var i = 0; i < facts.Count; i++)
            {
                if (!byFact.TryGetValue(facts[i], out var list)) byFact[facts[i]] = list = [];
                list.Add(new FactCitation(page, i + 1));
            }
        _byFact = byFact.ToDictionary(p => p.Key,
            p => (IReadOnlyList<FactCitation>)p.Value.OrderBy(c => c.Page.Url, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }
}

/// <summary>One page citing a fact, as reference <see cref="Number"/> of its list.</summary>
internal sealed record FactCitation(Page Page, int Number);
