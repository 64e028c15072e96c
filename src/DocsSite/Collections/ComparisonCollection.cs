using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pages;
using DocsSite.Pipeline;
using DocsSite.Rendering;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Collections;

/// <summary>
/// <c>comparison</c>: one document, technologies as columns and dimensions (in groups) as
/// rows, every cell citing a fact; one page, and <c>::comparison{...}</c> slices in any page.
/// </summary>
internal sealed class ComparisonCollection : CollectionDescriptor
{
    public override string Name => "comparison";

    public override object Empty => Comparison.Empty;

    public static Comparison Of(SiteData data) => (Comparison)data[SiteCollections.Comparison];

    public override object Read(IReadOnlyList<string> paths, InputFiles input, DiagnosticBag diagnostics)
    {
        if (paths.Count == 0) return Comparison.Empty;
        foreach (var extra in paths.Skip(1))
            diagnostics.Add(DiagnosticCodes.UnknownDataFile, SourceLocation.WholeFile(extra),
                extra, $"the comparison is one document, and `{paths[0]}` already holds it.");
        var path = paths[0];
        var text = input.ReadText(path);
        var source = new YamlSource(path, text, 0, diagnostics);
        var root = YamlLoader.Load(text, path, 0, diagnostics);
        if (root is null) return Comparison.Empty;
        if (root is not YamlMappingNode map)
        {
            source.Report(DiagnosticCodes.WrongType, root, "The comparison", "a mapping with `technologies`, `groups` and `dimensions`", "");
            return Comparison.Empty;
        }
        return InternalErrors.For(path, () => ComparisonReader.Read(new RecordReader(source, map, "comparison")));
    }

    public override IEnumerable<IdSpace> IdSpaces(SiteData data)
    {
        var c = Of(data);
        return
        [
            new IdSpace("technology", DiagnosticCodes.UnknownTechnology, c.TechnologiesById.Keys.ToHashSet(StringComparer.Ordinal)),
            new IdSpace("comparison group", DiagnosticCodes.UnknownGroup, c.GroupsById.Keys.ToHashSet(StringComparer.Ordinal)),
            new IdSpace("comparison dimension", DiagnosticCodes.UnknownDimension, c.DimensionsById.Keys.ToHashSet(StringComparer.Ordinal)),
        ];
    }

    public override IEnumerable<RecordReference> References(SiteData data)
    {
        var c = Of(data);
        foreach (var t in c.Technologies)
            if (t.Definition is { } definition) yield return new("definition", definition);
        foreach (var d in c.Dimensions)
        {
            yield return new("comparison group", d.Group);
            foreach (var cell in d.Cells)
            {
                yield return new("technology", cell.Technology);
                foreach (var fact in cell.Facts) yield return new("fact", fact);
            }
        }
    }

    public override IEnumerable<MarkdownText?> MarkdownFields(SiteData data) =>
        Of(data).Dimensions.SelectMany(d => d.Cells.Select(c => (MarkdownText?)c.Value).Append(d.Note));

    public override IEnumerable<MarkdownText?> ProseFields(SiteData data) => MarkdownFields(data);

    public override void Validate(SiteData data, DiagnosticBag bag)
    {
        var comparison = Of(data);
        ReportDuplicates(comparison.Technologies, t => t.Id, t => t.At, "technology", bag);
        ReportDuplicates(comparison.Groups, g => g.Id, g => g.At, "group", bag);
        ReportDuplicates(comparison.Dimensions, d => d.Id, d => d.At, "dimension", bag);
        foreach (var d in comparison.Dimensions)
        {
            foreach (var cell in d.Cells.Where(c => c.Facts.Count == 0))
                bag.Add(DiagnosticCodes.CellWithoutFact, cell.At,
                    cell.Technology.Value, d.Id);
            foreach (var t in comparison.Technologies.Where(t => d.Cells.All(c => c.Technology.Value != t.Id)))
                bag.Add(DiagnosticCodes.MissingCell, d.At, d.Id, t.Id);
        }
    }

    public override IEnumerable<Page> Pages(SiteData data)
    {
        if (Of(data).Dimensions.Count == 0) yield break;
        yield return DataPage(SiteUrls.Comparison, "Comparison", "Side by side, dimension by dimension, with the facts behind each cell.", "comparison",
            ctx => DataViewBuilder.ComparisonTable(ctx, [], [], null, "The comparison matrix", anchors: true), section: true);
    }

    public override IReadOnlyList<EmbedDescriptor> Embeds { get; } =
    [
        new("comparison", ["dimensions", "technologies", "group", "caption"],
            new Dictionary<string, string> { ["dimensions"] = "comparison dimension", ["technologies"] = "technology", ["group"] = "comparison group" },
            Render),
    ];

    private static string Render(Markdown.Embeds.EmbedBlock block, PageRenderContext ctx)
    {
        var group = block.Attributes.GetValueOrDefault("group");
        var caption = block.Attributes.GetValueOrDefault("caption")
            ?? (group is not null ? Of(ctx.Site.Data).Groups.FirstOrDefault(g => g.Id == group)?.Name : null)
            ?? "Comparison";
        var table = DataViewBuilder.ComparisonTable(ctx, block.Ids("dimensions"), block.Ids("technologies"), group, caption, anchors: false);
        return ctx.Theme.RenderPartial("comparison-table", table, ctx.Page.ReportedFile);
    }

    private static void ReportDuplicates<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string kind, DiagnosticBag bag)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (first.TryGetValue(id(item), out var where))
                bag.Add(DiagnosticCodes.DuplicateId, at(item), kind, id(item), where);
            else
                first[id(item)] = at(item);
        }
    }
}
