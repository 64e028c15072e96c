namespace DocsSite.Markdown.Snippets;

/// <summary>
/// Where pymdownx.snippets' <c>--8<-- "file"</c> looks for files: its <c>base_path</c> folders
/// (by default the folder of mkdocs.yml), each inside <paramref name="Root"/>, the checkout the
/// input is in (or mkdocs.yml's folder outside a checkout). All paths are full and real.
/// </summary>
/// <param name="InputRoot">The input folder, so included files are named relative to it ("../CONTRIBUTING.md").</param>
/// <param name="Readable">The only folder files are read from: the input, or the one <c>--include-from</c> names.</param>
/// <param name="Widened">Whether <paramref name="Readable"/> came from <c>--include-from</c>.</param>
internal sealed record SnippetSettings(string Root, IReadOnlyList<string> BasePaths, string InputRoot, string Readable, bool Widened);
