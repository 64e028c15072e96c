using DocsSite.Collections;

namespace DocsSite.Content;

/// <summary>
/// Every data collection of the site, as its descriptor read it (records keyed by id,
/// ordinal, so output never depends on culture). The typed properties are shortcuts for
/// the collections every site has; another collection reads its own with <c>Of(data)</c>.
/// </summary>
internal sealed class SiteData(IReadOnlyDictionary<CollectionDescriptor, object> collections)
{
    public static SiteData Empty { get; } = new(new Dictionary<CollectionDescriptor, object>());

    /// <summary>A site made of these records, for tests and tools.</summary>
    public static SiteData From(
        IReadOnlyDictionary<string, Source> sources, IReadOnlyDictionary<string, Fact> facts, IReadOnlyDictionary<string, Definition> definitions,
        IReadOnlyDictionary<string, Analogy> analogies, IReadOnlyDictionary<string, FaqEntry> faq, Comparison comparison) =>
        new(new Dictionary<CollectionDescriptor, object>
        {
            [SiteCollections.Sources] = sources, [SiteCollections.Facts] = facts, [SiteCollections.Definitions] = definitions,
            [SiteCollections.Analogies] = analogies, [SiteCollections.Faq] = faq, [SiteCollections.Comparison] = comparison,
        });

    /// <summary>What the descriptor read, or its empty value when the site has no such file.</summary>
    public object this[CollectionDescriptor collection] => collections.GetValueOrDefault(collection) ?? collection.Empty;

    public IReadOnlyDictionary<string, Source> Sources => SiteCollections.Sources.Of(this);

    public IReadOnlyDictionary<string, Fact> Facts => SiteCollections.Facts.Of(this);

    public IReadOnlyDictionary<string, Definition> Definitions => SiteCollections.Definitions.Of(this);

    public IReadOnlyDictionary<string, Analogy> Analogies => SiteCollections.Analogies.Of(this);

    public IReadOnlyDictionary<string, FaqEntry> Faq => SiteCollections.Faq.Of(this);

    public Comparison Comparison => ComparisonCollection.Of(this);
}
