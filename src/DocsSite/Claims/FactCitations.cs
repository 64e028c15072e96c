using DocsSite.Pages;

namespace DocsSite.Claims;

/// <summary>
/// Which pages cite each fact, under which number in their reference list, and at which places
/// (the ids of the markers and reference links citing it). Filled from the rendered pages (what a
/// page renders is what it cites, embeds and data fields included), before the pages that list it
/// (the facts ledger) are rendered.
/// </summary>
internal sealed class FactCitations
{
    private IReadOnlyDictionary<string, IReadOnlyList<FactCitation>> _byFact = new Dictionary<string, IReadOnlyList<FactCitation>>();

    public IReadOnlyList<FactCitation> Of(string factId) => _byFact.GetValueOrDefault(factId) ?? [];

    /// <param name="cited">Each rendered page with the facts it cited, in the order of its reference list, and the places citing each.</param>
    public void Record(IEnumerable<(Page Page, IReadOnlyList<string> Facts, IReadOnlyList<IReadOnlyList<string>> Places)> cited)
    {
        var byFact = new Dictionary<string, List<FactCitation>>(StringComparer.Ordinal);
        foreach (var (page, facts, places) in cited)
            for (var i = 0; i < facts.Count; i++)
            {
                if (!byFact.TryGetValue(facts[i], out var list)) byFact[facts[i]] = list = [];
                list.Add(new FactCitation(page, i + 1, i < places.Count ? places[i] : []));
            }
        _byFact = byFact.ToDictionary(p => p.Key,
            p => (IReadOnlyList<FactCitation>)p.Value.OrderBy(c => c.Page.Url, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }
}

/// <summary>One page citing a fact, as reference <see cref="Number"/> of its list, at the elements <see cref="Places"/> names.</summary>
internal sealed record FactCitation(Page Page, int Number, IReadOnlyList<string> Places);
