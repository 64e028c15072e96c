namespace DocsSite.Content;

/// <summary>The comparison matrix: technologies as columns, dimensions (in groups) as rows.</summary>
internal sealed record Comparison(
    IReadOnlyList<Technology> Technologies,
    IReadOnlyList<ComparisonGroup> Groups,
    IReadOnlyList<Dimension> Dimensions)
{
    public static Comparison Empty { get; } = new([], [], []);

    // By id, first one winning: duplicates are reported by ValidateData; references resolve against these.
    public IReadOnlyDictionary<string, Technology> TechnologiesById { get; } = ById(Technologies, t => t.Id);

    public IReadOnlyDictionary<string, ComparisonGroup> GroupsById { get; } = ById(Groups, g => g.Id);

    public IReadOnlyDictionary<string, Dimension> DimensionsById { get; } = ById(Dimensions, d => d.Id);

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) byId.TryAdd(id(item), item);
        return byId;
    }
}
