namespace DocsSite.OpenData;

/// <summary>The collections published as JSON. A new one is a class and a line here.</summary>
internal static class DataExports
{
    public static IReadOnlyList<DataExport> All { get; } =
    [
        new FactsExport(),
        new SourcesExport(),
        new DefinitionsExport(),
        new FaqExport(),
        new AnalogiesExport(),
        new ComparisonExport(),
    ];
}
