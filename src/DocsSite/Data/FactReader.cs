using DocsSite.Content;
using DocsSite.Yaml;

namespace DocsSite.Data;

internal static class FactReader
{
    public static Fact? Read(RecordReader r)
    {
        var id = r.Id();
        var claim = r.Markdown("claim", required: true);
        var value = r.String("value");
        var asOf = r.Date("as_of");
        var horizon = r.Date("horizon");
        var source = r.Ref("source", required: true);
        var original = r.Ref("original");
        var locator = r.String("locator", required: true);
        var tags = r.StringList("tags").Select(t => t.Value).ToList();
        var note = r.Markdown("note");
        var kind = Located(r, "kind");
        var topic = Located(r, "topic");
        var derivedFrom = r.RefList("derived_from");
        var formula = r.String("formula");
        var disagreesWith = r.RefList("disagrees_with");
        var historical = r.Bool("historical") ?? false;
        r.Finish();
        if (id is null || claim is null || source is null || locator is null) return null;
        return new Fact(id.Value.Value, r.At, claim, value, asOf, source.Value, original, locator, tags, note, horizon)
        {
            ClaimKind = kind,
            Topic = topic,
            DerivedFrom = derivedFrom,
            Formula = formula,
            DisagreesWith = disagreesWith,
            Historical = historical,
        };
    }

    private static Located<string>? Located(RecordReader r, string field) =>
        r.String(field) is { } text ? new Located<string>(text, r.AtField(field)) : null;
}
