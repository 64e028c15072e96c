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

    /// <summary>
    /// An option of one extension, as a list: <c>base_path: docs</c>, <c>base_path: [a, b]</c>, or a block list
    /// under it. Empty when the extension or the option is not there.
    /// </summary>
    public static IReadOnlyList<string> Option(string text, string extension, string option)
    {
        var values = new List<string>();
        var lines = text.Split('\n');
        var inside = false;
        int? extensionIndent = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not ('#' or '-'))
            {
                inside = line.StartsWith("markdown_extensions:", StringComparison.Ordinal);
                continue;
            }
            if (!inside) continue;
            if (Item().Match(line) is { Success: true } item && (extensionIndent is null || item.Groups["indent"].Length <= extensionIndent))
            {
                extensionIndent = item.Groups["name"].Value == extension ? item.Groups["indent"].Length : null;
                continue;
            }
            if (extensionIndent is null || OptionLine().Match(line) is not { Success: true } found || found.Groups["name"].Value != option) continue;
            var value = found.Groups["value"].Value.Trim();
            if (value.StartsWith('['))
                values.AddRange(value.Trim('[', ']').Split(',').Select(Unquote).Where(v => v.Length > 0));
            else if (value.Length > 0)
                values.Add(Unquote(value));
            else
                for (var j = i + 1; j < lines.Length && ListValue().Match(lines[j]) is { Success: true } listed; j++)
                    values.Add(Unquote(listed.Groups["value"].Value));
        }
        return values;
    }

    private static string Unquote(string value) => value.Trim().Trim('\'', '"');

    [GeneratedRegex("""^[ ]+(?<name>[A-Za-z_]+):[ ]*(?<value>[^#]*)""")]
    private static partial Regex OptionLine();

    [GeneratedRegex("""^[ ]+-[ ]+(?<value>[^#]+?)[ ]*$""")]
    private static partial Regex ListValue();

    /// <summary>"markdown.extensions.attr_list" is "attr_list".</summary>
    private static string Normal(string name) =>
        name.StartsWith("markdown.extensions.", StringComparison.Ordinal) ? name["markdown.extensions.".Length..] : name;

    [GeneratedRegex("""^(?<indent>[ ]*)-[ ]+['"]?(?<name>[A-Za-z_][\w.-]*)['"]?[ ]*(:|$|#)""")]
    private static partial Regex Item();

    [GeneratedRegex("""^markdown_extensions:[ ]*\[(?<items>[^\]]*)\]""")]
    private static partial Regex FlowList();
}
