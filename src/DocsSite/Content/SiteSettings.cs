using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>Site-wide settings from <c>site.yml</c>; every field has a default so a folder of bare Markdown builds.</summary>
internal sealed record SiteSettings(
    string Title,
    string Description,
    string? BaseUrl,
    string? Repository,
    string Language,
    IReadOnlyList<Located<string>> Nav, // every entry of NavGroups, in order
    IReadOnlyList<string> ExternalIgnore,
    Diagnostics.SeverityOverrides Severities,
    IReadOnlyList<NavGroup> NavGroups)
{
    /// <summary><c>anchors: github</c>: a fragment that matches an id only when case is ignored (as code hosts match) is a warning, not an error.</summary>
    public bool CaseInsensitiveAnchors { get; init; }

    public static SiteSettings Default { get; } = new("Documentation", "", null, null, "en", [], [], Diagnostics.SeverityOverrides.None, []);
}
