using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;
using static DocsSite.Pipeline.ReferenceCheck;

namespace DocsSite.Pipeline.Steps;

/// <summary>Checks every reference between data records: fact -> source, definition -> related, cell -> fact, and so on.</summary>
internal sealed class ValidateData : IBuildStep
{
    public string Name => "Validating data";

    public void Run(BuildContext context)
    {
        var data = context.Data;
        var bag = context.Diagnostics;
        foreach (var fact in data.Facts.Values)
        {
            Resolve(fact.Source, data.Sources, DiagnosticCodes.UnknownSource, "source", bag);
            if (fact.Original is { } original) Resolve(original, data.Sources, DiagnosticCodes.UnknownSource, "source", bag);
        }
        foreach (var d in data.Definitions.Values)
        {
            ResolveAll(d.Related, data.Definitions, DiagnosticCodes.UnknownDefinition, "definition", bag);
            ResolveAll(d.Facts, data.Facts, DiagnosticCodes.UnknownFact, "fact", bag);
        }
        foreach (var a in data.Analogies.Values)
        {
            ResolveAll(a.Compares, data.Definitions, DiagnosticCodes.UnknownDefinition, "definition", bag);
            if (a.Source is { } s) Resolve(s, data.Sources, DiagnosticCodes.UnknownSource, "source", bag);
            if (a.Original is { } o) Resolve(o, data.Sources, DiagnosticCodes.UnknownSource, "source", bag);
        }
        foreach (var q in data.Faq.Values)
        {
            ResolveAll(q.Terms, data.Definitions, DiagnosticCodes.UnknownDefinition, "definition", bag);
            ResolveAll(q.Dimensions, data.Comparison.DimensionsById, DiagnosticCodes.UnknownDimension, "comparison dimension", bag);
            ResolveAll(q.Facts, data.Facts, DiagnosticCodes.UnknownFact, "fact", bag);
        }
        ValidateComparison(data, bag);
    }

    private static void ValidateComparison(SiteData data, DiagnosticBag bag)
    {
        var comparison = data.Comparison;
        ReportDuplicates(comparison.Technologies, t => t.Id, t => t.At, "technology", bag);
        ReportDuplicates(comparison.Groups, g => g.Id, g => g.At, "group", bag);
        ReportDuplicates(comparison.Dimensions, d => d.Id, d => d.At, "dimension", bag);
        foreach (var t in comparison.Technologies)
            if (t.Definition is { } def) Resolve(def, data.Definitions, DiagnosticCodes.UnknownDefinition, "definition", bag);
        foreach (var d in comparison.Dimensions)
        {
            Resolve(d.Group, comparison.GroupsById, DiagnosticCodes.UnknownGroup, "comparison group", bag);
            foreach (var cell in d.Cells)
            {
                Resolve(cell.Technology, comparison.TechnologiesById, DiagnosticCodes.UnknownTechnology, "technology", bag);
                ResolveAll(cell.Facts, data.Facts, DiagnosticCodes.UnknownFact, "fact", bag);
                if (cell.Facts.Count == 0)
                    bag.Add(DiagnosticCodes.CellWithoutFact, cell.At,
                        $"The `{cell.Technology.Value}` cell of `{d.Id}` cites no fact: add `facts: [fact-id]` so readers can check it.");
            }
            foreach (var t in comparison.Technologies.Where(t => d.Cells.All(c => c.Technology.Value != t.Id)))
                bag.Add(DiagnosticCodes.MissingCell, d.At, $"Dimension `{d.Id}` has no cell for technology `{t.Id}`.");
        }
    }

    private static void ReportDuplicates<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string kind, DiagnosticBag bag)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (first.TryGetValue(id(item), out var where))
                bag.Add(DiagnosticCodes.DuplicateId, at(item), $"Another {kind} already has the id `{id(item)}` ({where}).");
            else
                first[id(item)] = at(item);
        }
    }
}
