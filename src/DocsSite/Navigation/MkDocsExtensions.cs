using System.Text.RegularExpressions;

namespace DocsSite.Navigation;

/// <summary>
/// The names under <c>markdown_extensions</c> in MkDocs' <c>mkdocs.yml</c> (<c>- attr_list</c>,
/// <c>- toc:</c> with options, or <c>[toc, attr_list]</c>), read line by line: the options of
/// other extensions often carry PyYAML tags (<c>!!python/name:...</c>) that are not ours to parse.
/// </summary>
internal static partial class MkDocsExtensions
{
    public static IReadOnlySet<string> Read(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        int? itemIndent = null;
        var inside = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not ('#' or '-'))
            {
                inside = line.StartsWith("markdown_extensions:", StringComparison.Ordinal);
                if (inside && FlowList().Match(line) is { Success: true } flow)
                    foreach (var name in flow.Groups["items"].Value.Split(',')) names.Add(Normal(name.Trim().Trim('\'', '"')));
                itemIndent = null;
                continue;
            }
            if (!inside || Item().Match(line) is not { Success: true } item) continue;
            var indent = item.Groups["indent"].Length;
            itemIndent ??= indent;
            if (indent == itemIndent) names.Add(Normal(item.Groups["name"].Value));
        }
        return names;
    }

    /// <summary>"markdown.extensions.attr_list" is "attr_list".</summary>
    private static string Normal(string name) =>
        name.StartsWith("markdown.extensions.", StringComparison.Ordinal) ? name["markdown.extensions.".Length..] : name;

    [GeneratedRegex("""^(?<indent>[ ]*)-[ ]+['"]?(?<name>[A-Za-z_][\w.-]*)['"]?[ ]*(:|$|#)""")]
    private static partial Regex Item();

    [GeneratedRegex("""^markdown_extensions:[ ]*\[(?<items>[^\]]*)\]""")]
    private static partial Regex FlowList();
}
