using DocsSite.Yaml;

namespace DocsSite.Navigation;

/// <summary>One page of a corpus' own table of contents: its path under the input, where it is named, and the menu title if the table gives one.</summary>
internal sealed record TocEntry(Located<string> Path, string? Title);
