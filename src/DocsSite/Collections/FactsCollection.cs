using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary><c>facts</c>: claims with their figure and source; cited from Markdown and from other records.</summary>
internal sealed class FactsCollection : ListCollection<Fact>
{
    public override string Name => "facts";

    public override string Kind => "fact";

    protected override DiagnosticDescriptor UnknownCode => DiagnosticCodes.UnknownFact;

    protected override Fact? ReadRecord(RecordReader reader) => FactReader.Read(reader);

    protected override string IdOf(Fact record) => record.Id;

    protected override SourceLocation AtOf(Fact record) => record.At;

    public override IEnumerable<RecordReference> References(SiteData data) =>
        Of(data).Values.SelectMany(f => Refs("source", f.Source, f.Original));

    public override IEnumerable<MarkdownText?> MarkdownFields(SiteData data) => Of(data).Values.SelectMany(f => new[] { f.Claim, f.Note });

    public override (string Kind, DiagnosticDescriptor Code, Func<string, string> Message)? Unreferenced =>
        (Kind, DiagnosticCodes.UncitedFact, id => $"No page, definition, FAQ entry or comparison cell cites fact `{id}`.");
}
