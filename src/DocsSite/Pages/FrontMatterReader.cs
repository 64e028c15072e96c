using DocsSite.Diagnostics;
using DocsSite.Yaml;
using Markdig.Extensions.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Pages;

internal static class FrontMatterReader
{
    public static FrontMatter Read(YamlFrontMatterBlock? block, string file, DiagnosticBag diagnostics)
    {
        if (block is null) return FrontMatter.None;
        var text = block.Lines.ToString();
        // block.Line is the 0-based line of the opening "---"; YAML line 1 is the line after it.
        var lineOffset = block.Line + 1;
        var root = YamlLoader.Load(text, file, lineOffset, diagnostics, out var failed);
        if (root is null) return failed ? FrontMatter.Broken : FrontMatter.None;
        var source = new YamlSource(file, text, lineOffset, diagnostics);
        if (root is not YamlMappingNode map)
        {
            source.Report(DiagnosticCodes.WrongType, root, "Front matter must be a mapping such as `title: ...`.");
            return FrontMatter.Broken;
        }
        var r = new RecordReader(source, map, "front matter");
        var title = r.String("title");
        var description = r.String("description");
        var order = r.Int("order") ?? r.Int("weight");
        var draft = r.Bool("draft") ?? false;
        var tags = r.StringList("tags").Select(t => t.Value).ToList();
        // Other generators' fields are common in Markdown written elsewhere: warn, do not fail.
        r.Finish(DiagnosticCodes.UnknownFrontMatterField);
        return new FrontMatter(title, description, order, draft, tags);
    }
}
