using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary><c>facts</c>: claims with their figure and source; cited from Markdown and from other records.</summary>
internal sealed class FactsCollection() : ListCollection<Fact>("facts", "fact", DiagnosticCodes.UnknownFact, FactReader.Read)
{
    public override IEnumerable<RecordReference> References(SiteData data) =>
        Of(data).Values.SelectMany(f => Refs("source", f.Source, f.Original).Concat(Refs("fact", f.DerivedFrom)).Concat(Refs("fact", f.DisagreesWith))
            // A disagreement goes both ways: the fact naming another is shown wherever that one is cited.
            .Concat(f.DisagreesWith.Take(1).Select(d => new RecordReference("fact", new Located<string>(f.Id, d.At)))));

    public override void Validate(SiteData data, DiagnosticBag diagnostics) => Claims.FactRules.Validate(Of(data), diagnostics);

    public override IEnumerable<MarkdownText?> MarkdownFields(SiteData data) => Of(data).Values.SelectMany(f => new[] { f.Claim, f.Note });

    /// <summary>The facts ledger; it lists the pages citing each fact, so it renders after them.</summary>
    public override IEnumerable<DocsSite.Pages.Page> Pages(SiteData data)
    {
        if (Of(data).Count == 0) yield break;
        yield return DataPage(DocsSite.Pages.SiteUrls.Facts, "Facts", "Every fact on this site: its figure, date, source and the pages that cite it.",
            "facts", Claims.LedgerBuilder.Build, section: true) with { RendersLast = true };
    }

    public override (string Kind, DiagnosticDescriptor Code)? Unreferenced =>
        (Kind, DiagnosticCodes.UncitedFact);
}
