using DocsSite.Diagnostics;
using DocsSite.Markdown.Embeds;
using DocsSite.Pages;
using DocsSite.Rendering;
using DocsSite.Yaml;
using static DocsSite.Pipeline.ReferenceCheck;

namespace DocsSite.Pipeline.Steps;

/// <summary>Checks the cross-references written in Markdown, in pages and in data fields: terms, citations, fact values, embeds.</summary>
internal sealed class ValidateMarkdownReferences : IBuildStep
{
    public string Name => "Validating references";

    public void Run(BuildContext context)
    {
        var index = context.Index!;
        var scans = context.Pages.Select(p => p.Scan).Concat(context.DataMarkdown.Values.Select(m => m.Scan));
        foreach (var scan in scans) Validate(scan, index, context.Diagnostics);
    }

    private static void Validate(MarkdownScan scan, SiteIndex index, DiagnosticBag bag)
    {
        var data = index.Data;
        foreach (var term in scan.Terms)
        {
            if (index.FindTerm(term.Value) is not null) continue;
            bag.Add(DiagnosticCodes.UnknownTerm, term.At,
                $"There is no glossary term `{term.Value}` (by id, term or alias).{Suggest.Hint(term.Value, index.TermNames)}");
        }
        ResolveAll(scan.Citations, data.Facts, DiagnosticCodes.UnknownFact, "fact", bag);
        foreach (var value in scan.FactValues)
        {
            if (!Resolve(value, data.Facts, DiagnosticCodes.UnknownFact, "fact", bag)) continue;
            if (data.Facts[value.Value].Value is null)
                bag.Add(DiagnosticCodes.FactWithoutValue, value.At,
                    $"Fact `{value.Value}` has no `value` to show; cite it with [@{value.Value}] or give it a value.");
        }
        foreach (var embed in scan.Embeds) ValidateEmbed(embed.Value, embed.At, index, bag);
    }

    private static void ValidateEmbed(EmbedBlock block, SourceLocation at, SiteIndex index, DiagnosticBag bag)
    {
        var data = index.Data;
        if (block.Error is not null)
        {
            bag.Add(DiagnosticCodes.BadEmbed, at, block.Error);
            return;
        }
        void Check<T>(string attribute, IReadOnlyDictionary<string, T> targets, DiagnosticDescriptor code, string kind)
        {
            foreach (var (id, offset) in block.IdsAt(attribute))
                Resolve(new Located<string>(id, at with { Column = at.Column + offset }), targets, code, kind, bag);
        }
        void Allow(params string[] attributes)
        {
            foreach (var name in block.Attributes.Keys.Where(k => !attributes.Contains(k)))
                bag.Add(DiagnosticCodes.BadEmbed, at with { Column = at.Column + block.OffsetOf(name) },
                    $"`::{block.Name}` has no attribute `{name}`.{Suggest.Hint(name, attributes)} It takes: {string.Join(", ", attributes)}.");
        }
        switch (block.Name)
        {
            case "comparison":
                Allow("dimensions", "technologies", "group", "caption");
                var comparison = data.Comparison;
                Check("dimensions", comparison.DimensionsById, DiagnosticCodes.UnknownDimension, "comparison dimension");
                Check("technologies", comparison.TechnologiesById, DiagnosticCodes.UnknownTechnology, "technology");
                Check("group", comparison.GroupsById, DiagnosticCodes.UnknownGroup, "comparison group");
                break;
            case "faq":
                Allow("ids");
                Check("ids", data.Faq, DiagnosticCodes.UnknownFaq, "FAQ entry");
                break;
            case "analogy":
                Allow("id");
                if (!block.Attributes.ContainsKey("id"))
                    bag.Add(DiagnosticCodes.BadEmbed, at, "`::analogy` needs the analogy's id: `::analogy{id=\"...\"}`.");
                Check("id", data.Analogies, DiagnosticCodes.UnknownAnalogy, "analogy");
                break;
            default:
                bag.Add(DiagnosticCodes.BadEmbed, at,
                    $"There is no embed `::{block.Name}`.{Suggest.Hint(block.Name, EmbedViews.Names)} Embeds: {string.Join(", ", EmbedViews.Names)}.");
                break;
        }
    }
}
