using DocsSite.Diagnostics;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Navigation;

/// <summary>
/// The <c>nav</c> of MkDocs' <c>mkdocs.yml</c>: <c>- page.md</c>, <c>- Title: page.md</c> and
/// <c>- Section: [...]</c> nested, in order; external URLs are skipped. The file is read as
/// configuration only: it is never published, and a file that does not parse gives no menu.
/// </summary>
internal static class MkDocsNav
{
    public const string FileName = "mkdocs.yml";

    /// <param name="reportedAs">The file's name as diagnostics show it, relative to the input ("../mkdocs.yml").</param>
    /// <param name="inputName">The input folder's name, when the file sits in its parent: it must be the file's <c>docs_dir</c>.</param>
    public static IReadOnlyList<TocEntry>? Read(string text, string reportedAs, string? inputName)
    {
        var root = YamlLoader.Load(Keep(text, "nav", "docs_dir"), reportedAs, 0, new DiagnosticBag());
        if (root is not YamlMappingNode map) return null;
        if (inputName is not null)
        {
            var docsDir = map.Children.TryGetValue(new YamlScalarNode("docs_dir"), out var dir) ? (dir as YamlScalarNode)?.Value : "docs";
            if (!string.Equals(docsDir?.Trim('/', '.'), inputName, StringComparison.Ordinal)) return null;
        }
        if (!map.Children.TryGetValue(new YamlScalarNode("nav"), out var nav) || nav is not YamlSequenceNode items) return null;
        var entries = new List<TocEntry>();
        Add(items, entries, reportedAs);
        return entries;
    }

    /// <summary>Whether the file's <c>docs_dir</c> (by default <c>docs</c>) is the folder named <paramref name="inputName"/>.</summary>
    public static bool DocsDirIs(string text, string inputName)
    {
        if (YamlLoader.Load(Keep(text, "docs_dir"), FileName, 0, new DiagnosticBag()) is YamlMappingNode map
            && map.Children.TryGetValue(new YamlScalarNode("docs_dir"), out var dir))
            return string.Equals((dir as YamlScalarNode)?.Value?.Trim('/', '.'), inputName, StringComparison.Ordinal);
        return inputName == "docs";
    }

    /// <summary>
    /// The text with only these top-level keys kept, the other lines blanked so positions stay:
    /// MkDocs reads its file with PyYAML, which lets a later duplicate key win and knows its own tags,
    /// so the rest of someone else's configuration is not ours to judge.
    /// </summary>
    private static string Keep(string text, params string[] keys)
    {
        var lines = text.Split('\n');
        var keep = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not ('#' or '-'))
                keep = keys.Any(k => line.StartsWith(k + ":", StringComparison.Ordinal));
            if (!keep) lines[i] = "";
        }
        return string.Join('\n', lines);
    }

    private static void Add(YamlSequenceNode items, List<TocEntry> entries, string file)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalarNode scalar:
                    AddPage(scalar, null, entries, file);
                    break;
                case YamlMappingNode { Children.Count: 1 } titled:
                    var (key, value) = titled.Children.First();
                    var title = (key as YamlScalarNode)?.Value;
                    if (value is YamlSequenceNode section) Add(section, entries, file);
                    else if (value is YamlScalarNode target) AddPage(target, title, entries, file);
                    break;
            }
        }
    }

    private static void AddPage(YamlScalarNode node, string? title, List<TocEntry> entries, string file)
    {
        if (node.Value is not { } url || TocPaths.Resolve(url, "") is not { } path) return;
        entries.Add(new TocEntry(new Located<string>(path, new SourceLocation(file, (int)node.Start.Line, (int)node.Start.Column)),
            string.IsNullOrWhiteSpace(title) ? null : title));
    }
}
