namespace DocsSite.Content;

/// <summary>The comparison matrix: technologies as columns, dimensions (in groups) as rows.</summary>
internal sealed record Comparison(
    IReadOnlyList<Technology> Technologies,
    IReadOnlyList<ComparisonGroup> Groups,
    IReadOnlyList<Dimension> Dimensions)
{
    public static Comparison Empty { get; } = new([], [], []);
}
