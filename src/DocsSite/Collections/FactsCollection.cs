using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary><c>facts</c>: claims with their figure and source; cited from Markdown and from other records.</summary>
internal sealed class FactsCollection() : ListCollection<Fact>("facts", "fact", DiagnosticCodes.UnknownFact, FactReader.Read)
{
    public override IEnumerable<RecordReference> References(SiteData data) =>
        Of(data).Values.SelectMany(f => Refs("source", f.Source, f.Original));

    public override IEnumerable<MarkdownText?> MarkdownFields(SiteData data) => Of(data).Values.SelectMany(f => new[] { f.Claim, f.Note });

    public override (string Kind, DiagnosticDescriptor Code, Func<string, string> Message)? Unreferenced =>
        (Kind, DiagnosticCodes.UncitedFact, id => $"No page, definition, FAQ entry or comparison cell cites fact `{id}`.");
}
