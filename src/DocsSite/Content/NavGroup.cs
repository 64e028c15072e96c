using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>A group of the menu (<c>- group: Learn</c> with <c>pages:</c>); plain entries of <c>nav</c> form groups without a title.</summary>
internal sealed record NavGroup(string? Title, IReadOnlyList<Located<string>> Pages);
