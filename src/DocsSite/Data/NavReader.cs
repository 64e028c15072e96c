using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Data;

/// <summary>
/// <c>nav</c> in site.yml: a list of pages (<c>- overview.md</c>), of groups
/// (<c>- group: Learn</c> with <c>pages: [...]</c>), or both; plain entries next to each
/// other form one group without a title.
/// </summary>
internal static class NavReader
{
    public static IReadOnlyList<NavGroup> Read(RecordReader settings, YamlSource source)
    {
        var node = settings.Raw("nav");
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            source.Report(DiagnosticCodes.WrongType, node, "`nav`", $"a list, not a {RecordReader.Describe(node)}", "");
            return [];
        }
        var groups = new List<NavGroup>();
        List<Located<string>>? loose = null;
        foreach (var item in sequence.Children)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } value }:
                    if (loose is null) groups.Add(new NavGroup(null, loose = []));
                    loose.Add(new Located<string>(value, source.At(item)));
                    break;
                case YamlMappingNode map:
                    loose = null;
                    var r = new RecordReader(source, map, "navigation group");
                    var title = r.String("group", required: true);
                    var pages = r.StringList("pages", required: true);
                    r.Finish();
                    if (title is not null) groups.Add(new NavGroup(title, pages));
                    break;
                default:
                    source.Report(DiagnosticCodes.WrongType, item,
                        "Each item of `nav`", $"a page (`- overview.md`) or a group (`- group: Learn` with `pages:`), not a {RecordReader.Describe(item)}", "");
                    break;
            }
        }
        return groups;
    }
}
