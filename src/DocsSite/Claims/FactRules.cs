using DocsSite.Content;
using DocsSite.Diagnostics;

namespace DocsSite.Claims;

/// <summary>
/// The rules that make facts data a reader can check: a forecast says its horizon, a computed
/// figure says what from and how, a disagreement says why, facts of one topic and kind agree
/// or say they do not, and a web source says when it was read.
/// </summary>
internal static class FactRules
{
    /// <summary>The values of <c>kind</c>.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["measurement", "estimate", "forecast", "event", "statement"];

    public static void Validate(IReadOnlyDictionary<string, Fact> facts, DiagnosticBag bag)
    {
        foreach (var fact in facts.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            if (fact.ClaimKind is { } kind && !Kinds.Contains(kind.Value))
                bag.Add(DiagnosticCodes.WrongType, kind.At,
                    "`kind`", $"one of {string.Join(", ", Kinds)}, not `{kind.Value}`", Suggest.Hint(kind.Value, Kinds));
            if (fact.IsForecast && fact.Horizon is null)
                bag.Add(DiagnosticCodes.ForecastWithoutHorizon, fact.ClaimKind?.At ?? fact.At,
                    fact.Id);
            if (fact.DerivedFrom.Count > 0 && string.IsNullOrWhiteSpace(fact.Formula))
                bag.Add(DiagnosticCodes.IncompleteDerivation, fact.DerivedFrom[0].At,
                    fact.Id, "it has no `formula`: say how in words");
            if (fact.DerivedFrom.Count == 0 && !string.IsNullOrWhiteSpace(fact.Formula))
                bag.Add(DiagnosticCodes.IncompleteDerivation, fact.At,
                    fact.Id, "it has no `derived_from`: list the facts it is computed from");
            foreach (var self in fact.DerivedFrom.Where(d => d.Value == fact.Id))
                bag.Add(DiagnosticCodes.IncompleteDerivation, self.At, fact.Id, "`derived_from` names the fact itself: a fact cannot be computed from itself");
            if (fact.DisagreesWith.Count > 0 && fact.Note is null)
                bag.Add(DiagnosticCodes.DisagreementWithoutNote, fact.DisagreesWith[0].At,
                    fact.Id, fact.DisagreesWith[0].Value, "say how and why in its `note`");
            foreach (var self in fact.DisagreesWith.Where(d => d.Value == fact.Id))
                bag.Add(DiagnosticCodes.DisagreementWithoutNote, self.At, fact.Id, fact.Id, "a fact cannot disagree with itself");
        }
        UnmarkedDisagreements(facts, bag);
    }

    /// <summary>Two facts of one <c>topic</c> and <c>kind</c> with different values, neither naming the other in <c>disagrees_with</c>.</summary>
    private static void UnmarkedDisagreements(IReadOnlyDictionary<string, Fact> facts, DiagnosticBag bag)
    {
        var groups = facts.Values
            .Where(f => f.Topic is not null && f.ClaimKind is not null && f.Value is not null)
            .GroupBy(f => (f.Topic!.Value.Value, f.ClaimKind!.Value.Value));
        foreach (var group in groups)
        {
            var members = group.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < members.Count; i++)
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    if (Normalize(a.Value!) == Normalize(b.Value!) || Names(a, b) || Names(b, a)) continue;
                    bag.Add(DiagnosticCodes.UnmarkedDisagreement, b.Topic!.Value.At,
                        a.Id, a.Value, b.Id, b.Value, group.Key.Item2, group.Key.Item1);
                }
        }
    }

    public static void ValidateSources(IReadOnlyDictionary<string, Source> sources, DiagnosticBag bag)
    {
        foreach (var source in sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            if (source.Url is { } url && source.Retrieved is null && IsWeb(url.Value))
                bag.Add(DiagnosticCodes.SourceNotRetrieved, url.At,
                    source.Id);
            if (ClaimDate.TryParse(source.Retrieved, out _, out var retrieved) && ClaimDate.TryParse(source.Date, out var published, out _)
                && retrieved < published)
                bag.Add(DiagnosticCodes.RetrievedBeforeDate, source.At,
                    source.Id, source.Retrieved, source.Date);
        }
    }

    private static bool IsWeb(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static bool Names(Fact from, Fact to) => from.DisagreesWith.Any(d => d.Value == to.Id);

    private static string Normalize(string value) => string.Join(' ', value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
