namespace DocsSite.Pages;

/// <summary>The fields a page's YAML front matter may set.</summary>
/// <param name="Unreadable">The front matter had an error of its own, already reported; problems that follow from it are not.</param>
/// <param name="Updated">The date the page says it was last updated, which wins over the date git gives.</param>
internal sealed record FrontMatter(string? Title, string? Description, int? Order, bool Draft, IReadOnlyList<string> Tags, bool Unreadable = false,
    DateOnly? Updated = null)
{
    public static FrontMatter None { get; } = new(null, null, null, false, []);

    public static FrontMatter Broken { get; } = None with { Unreadable = true };
}
