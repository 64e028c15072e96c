namespace DocsSite.Pages;

/// <summary>The fields a page's YAML front matter may set.</summary>
internal sealed record FrontMatter(string? Title, string? Description, int? Order, bool Draft, IReadOnlyList<string> Tags)
{
    public static FrontMatter None { get; } = new(null, null, null, false, []);
}
