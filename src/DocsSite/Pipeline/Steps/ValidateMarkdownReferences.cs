using DocsSite.Collections;
using DocsSite.Diagnostics;
using DocsSite.Markdown.Embeds;
using DocsSite.Pages;
using DocsSite.Rendering;
using DocsSite.Yaml;

namespace DocsSite.Pipeline.Steps;

/// <summary>Checks the cross-references written in Markdown, in pages and in data fields: terms, citations, fact values, embeds.</summary>
internal sealed class ValidateMarkdownReferences : IBuildStep
{
    public string Name => "Validating references";

    public void Run(BuildContext context)
    {
        var index = context.Index!;
        var spaces = IdSpaces.Of(context.Data);
        var scans = context.Pages.Select(p => p.Scan).Concat(context.DataMarkdown.Values.Select(m => m.Scan));
        foreach (var scan in scans) Validate(scan, index, spaces, context.Diagnostics);
    }

    private static void Validate(MarkdownScan scan, SiteIndex index, IdSpaces spaces, DiagnosticBag bag)
    {
        foreach (var term in scan.Terms)
        {
            if (index.FindTerm(term.Value) is not null) continue;
            var suggestion = Suggest.Hint(term.Value, index.TermNames);
            bag.Add(DiagnosticCodes.UnknownTerm, term.At,
                term.Value, suggestion.Length > 0 ? suggestion : LiteralHint($"[[{term.Value}]]"));
        }
        foreach (var citation in scan.Citations) spaces.Resolve("fact", citation, bag, LiteralHint($"[@{citation.Value}]"));
        foreach (var value in scan.FactValues)
        {
            if (!spaces.Resolve("fact", value, bag)) continue;
            if (index.Data.Facts[value.Value].Value is null)
                bag.Add(DiagnosticCodes.FactWithoutValue, value.At,
                    value.Value);
        }
        foreach (var embed in scan.Embeds) ValidateEmbed(embed.Value, embed.At, spaces, bag);
    }

    /// <summary>Mentions such as "[@octocat]" read as citations; when no id is close, say how to keep them text.</summary>
    private static string LiteralHint(string written) =>
        $" If `{written}` is meant as text, write `\\{written}`; `references: false` in site.yml turns the syntax off.";

    private static void ValidateEmbed(EmbedBlock block, SourceLocation at, IdSpaces spaces, DiagnosticBag bag)
    {
        if (block.Error is not null)
        {
            bag.Add(DiagnosticCodes.BadEmbed, at, block.Name, block.Error);
            return;
        }
        var embeds = SiteCollections.Embeds;
        if (!embeds.TryGetValue(block.Name, out var embed))
        {
            bag.Add(DiagnosticCodes.BadEmbed, at,
                block.Name, $"there is no such embed.{Suggest.Hint(block.Name, embeds.Keys)} Embeds: {string.Join(", ", embeds.Keys.Order(StringComparer.Ordinal))}.");
            return;
        }
        foreach (var name in block.Attributes.Keys.Where(k => !embed.Attributes.Contains(k)))
            bag.Add(DiagnosticCodes.BadEmbed, at with { Column = at.Column + block.OffsetOf(name) },
                block.Name, $"it has no attribute `{name}`.{Suggest.Hint(name, embed.Attributes)} It takes: {string.Join(", ", embed.Attributes)}.");
        if (embed.Required is { } required && !block.Attributes.ContainsKey(required.Attribute))
            bag.Add(DiagnosticCodes.BadEmbed, at, block.Name, required.Message);
        foreach (var (attribute, kind) in embed.References)
            foreach (var (id, offset) in block.IdsAt(attribute))
                spaces.Resolve(kind, new Located<string>(id, at with { Column = at.Column + offset }), bag);
    }
}
