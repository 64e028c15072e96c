namespace DocsSite.Collections;

/// <summary>The data collections a site may have. A new collection is a descriptor and a line here.</summary>
internal static class SiteCollections
{
    public static SourcesCollection Sources { get; } = new();

    public static FactsCollection Facts { get; } = new();

    public static DefinitionsCollection Definitions { get; } = new();

    public static AnalogiesCollection Analogies { get; } = new();

    public static FaqCollection Faq { get; } = new();

    public static ComparisonCollection Comparison { get; } = new();

    public static StacksCollection Stacks { get; } = new();

    public static ChartsCollection Charts { get; } = new();

    public static FlowchartsCollection Flowcharts { get; } = new();

    public static IReadOnlyList<CollectionDescriptor> All { get; } = [Sources, Facts, Definitions, Analogies, Faq, Comparison, Stacks, Charts, Flowcharts];

    /// <summary>Every embed any collection offers, by name.</summary>
    public static IReadOnlyDictionary<string, EmbedDescriptor> Embeds { get; } =
        All.SelectMany(c => c.Embeds).ToDictionary(e => e.Name, StringComparer.Ordinal);
}
