namespace DocsSite.Content;

/// <summary>Every data collection of the site, each keyed by id (ordinal, so output never depends on culture).</summary>
internal sealed record SiteData(
    IReadOnlyDictionary<string, Source> Sources,
    IReadOnlyDictionary<string, Fact> Facts,
    IReadOnlyDictionary<string, Definition> Definitions,
    IReadOnlyDictionary<string, Analogy> Analogies,
    IReadOnlyDictionary<string, FaqEntry> Faq,
    Comparison Comparison)
{
    public static SiteData Empty { get; } = new(
        new Dictionary<string, Source>(), new Dictionary<string, Fact>(), new Dictionary<string, Definition>(),
        new Dictionary<string, Analogy>(), new Dictionary<string, FaqEntry>(), Comparison.Empty);

    public bool IsEmpty => Sources.Count + Facts.Count + Definitions.Count + Analogies.Count + Faq.Count == 0
        && Comparison.Dimensions.Count == 0;
}
