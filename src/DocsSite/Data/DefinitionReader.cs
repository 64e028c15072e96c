using DocsSite.Content;
using DocsSite.Yaml;

namespace DocsSite.Data;

internal static class DefinitionReader
{
    public static Definition? Read(RecordReader r)
    {
        var id = r.Id();
        var term = r.String("term", required: true);
        var title = r.String("title");
        var aliases = r.StringList("aliases").Select(a => a.Value).ToList();
        var shortText = r.String("short", required: true);
        var shortPlaced = shortText is not null && r.Raw("short") is YamlDotNet.RepresentationModel.YamlScalarNode node ? r.Source.MarkdownOf(node) : null;
        var body = r.Markdown("body");
        var related = r.RefList("related");
        var facts = r.RefList("facts");
        r.Finish();
        if (id is null || term is null || shortText is null || term.Length == 0) return null;
        return new Definition(id.Value.Value, r.At, term, title ?? Capitalize(term), aliases, shortText, body, related, facts)
        {
            ShortPlaced = shortPlaced,
        };
    }

    private static string Capitalize(string term) => char.ToUpperInvariant(term[0]) + term[1..];
}
