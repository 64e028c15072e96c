using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Data;

internal static class AnalogyReader
{
    public static Analogy? Read(RecordReader r)
    {
        var id = r.Id();
        var title = r.String("title", required: true);
        var compares = r.RefList("compares", required: true);
        var mapping = ReadMapping(r);
        var body = r.Markdown("body", required: true);
        var breaksDown = r.Markdown("breaks_down", required: true);
        var source = r.Ref("source");
        var original = r.Ref("original");
        r.Finish();
        if (id is null || title is null || body is null || breaksDown is null) return null;
        return new Analogy(id.Value.Value, r.At, title, compares, mapping, body, breaksDown, source, original);
    }

    private static List<AnalogyPair> ReadMapping(RecordReader r)
    {
        var pairs = new List<AnalogyPair>();
        var sequence = r.Sequence("mapping", required: true);
        if (sequence is null) return pairs;
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode map)
            {
                r.Source.Report(DiagnosticCodes.WrongType, item, "Each `mapping` item", "a pair `{everyday: ..., technical: ...}`", "");
                continue;
            }
            var pair = new RecordReader(r.Source, map, "mapping pair");
            var everyday = pair.String("everyday", required: true);
            var technical = pair.String("technical", required: true);
            pair.Finish();
            if (everyday is not null && technical is not null) pairs.Add(new AnalogyPair(everyday, technical));
        }
        return pairs;
    }
}
