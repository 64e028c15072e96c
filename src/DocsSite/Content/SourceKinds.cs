namespace DocsSite.Content;

/// <summary>
/// The kinds a source may declare in its optional <c>kind</c> field. The first four are
/// primary: the people who made the thing describe it in their own words.
/// </summary>
internal static class SourceKinds
{
    public static readonly IReadOnlyList<string> All =
        ["specification", "project-docs", "paper", "product-docs", "vendor-marketing", "survey", "news", "other"];

    private static readonly HashSet<string> Primary = new(["specification", "project-docs", "paper", "product-docs"], StringComparer.Ordinal);

    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);

    public static bool IsPrimary(string? kind) => kind is not null && Primary.Contains(kind);

    /// <summary>How the sources page names a kind, so a reader sees vendor marketing labelled as such.</summary>
    public static string? Label(string? kind) => kind switch
    {
        "specification" => "Specification (primary source)",
        "project-docs" => "Project documentation (primary source)",
        "paper" => "Paper (primary source)",
        "product-docs" => "Product documentation (primary source)",
        "vendor-marketing" => "Vendor marketing",
        "survey" => "Survey",
        "news" => "News",
        "other" => "Other",
        _ => null,
    };
}
