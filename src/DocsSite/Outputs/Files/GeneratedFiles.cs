namespace DocsSite.Outputs.Files;

/// <summary>The files every build adds to the site. A new one is a class and a line here.</summary>
internal static class GeneratedFiles
{
    public static IReadOnlyList<IGeneratedFile> All { get; } =
    [
        new SitemapFile(),
        new RobotsFile(),
        new NoJekyllFile(),
        new SearchIndexFile(),
        new DataExportFiles(),
        new LlmsFiles(),
    ];
}
