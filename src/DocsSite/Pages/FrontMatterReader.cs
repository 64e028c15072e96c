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
            source.Report(DiagnosticCodes.WrongType, root, "Front matter", "a mapping such as `title: ...`", "");
            return FrontMatter.Broken;
        }
        var r = new RecordReader(source, map, "front matter");
        var title = r.String("title");
        var description = r.String("description");
        var order = r.Int("order") ?? r.Int("weight");
        var draft = r.Bool("draft") ?? false;
        var tags = r.StringList("tags").Select(t => t.Value).ToList();
        var updated = Updated(r, source);
        // Other generators' fields are common in Markdown written elsewhere: warn, do not fail.
        r.Finish(DiagnosticCodes.UnknownFrontMatterField);
        return new FrontMatter(title, description, order, draft, tags, Updated: updated);
    }

    /// <summary><c>updated: 2025-03-01</c>: a whole day, as pages show it and sitemaps want it.</summary>
    private static DateOnly? Updated(RecordReader r, YamlSource source)
    {
        var node = r.Raw("updated");
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value }
            && DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            return day;
        source.Report(DiagnosticCodes.BadDay, node, "updated", (node as YamlScalarNode)?.Value);
        return null;
    }

    /// <summary>
    /// "---" on line 1 and no closing line: Markdig reads a rule and shows the YAML as page text.
    /// That is front matter someone forgot to close, so it is an error at line 1.
    /// </summary>
    public static FrontMatter? Unclosed(YamlFrontMatterBlock? block, string text, string file, DiagnosticBag diagnostics)
    {
        if (block is not null) return null;
        var end = text.IndexOfAny(['\n', '\r']);
        if ((end < 0 ? text : text[..end]).TrimEnd() != "---") return null;
        diagnostics.Add(DiagnosticCodes.YamlSyntax, new SourceLocation(file, 1, 1),
            "the front matter opened by `---` on line 1 is never closed: end it with a line `---`. (To start a page with a horizontal rule, write `***`.)");
        return FrontMatter.Broken;
    }
}
