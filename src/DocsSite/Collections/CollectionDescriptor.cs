using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pages;
using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary>
/// One data collection (<c>_data/NAME.yml</c> or <c>_data/NAME/*.yml</c>), described once: how it
/// is read, the ids it offers and the ids its records name, its Markdown fields, its own checks,
/// the pages it produces and the embeds it offers. Every step asks the descriptors, so a new
/// collection is a descriptor and a line in <see cref="SiteCollections"/>.
/// </summary>
internal abstract class CollectionDescriptor
{
    /// <summary>The name under <c>_data/</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Reads the collection's files (ordinal path order) into what <see cref="SiteData"/> keeps for it.</summary>
    public abstract object Read(IReadOnlyList<string> paths, InputFiles input, DiagnosticBag diagnostics);

    /// <summary>What <see cref="SiteData"/> keeps when the collection has no file.</summary>
    public abstract object Empty { get; }

    public virtual IEnumerable<IdSpace> IdSpaces(SiteData data) => [];

    public virtual IEnumerable<RecordReference> References(SiteData data) => [];

    /// <summary>Every Markdown field of every record; parsed once, checked like pages, rendered where shown.</summary>
    public virtual IEnumerable<MarkdownText?> MarkdownFields(SiteData data) => [];

    /// <summary>The Markdown fields that are prose a reader takes as claims (an FAQ answer, a comparison cell): every number in them must come from a fact.</summary>
    public virtual IEnumerable<MarkdownText?> ProseFields(SiteData data) => [];

    /// <summary>Plain-text fields a reader takes as claims (a definition's <c>short</c>); they cannot cite, so any claim in them is a finding.</summary>
    public virtual IEnumerable<MarkdownText?> PlainProseFields(SiteData data) => [];

    /// <summary>Checks beyond references: a cell with no fact, a missing cell.</summary>
    public virtual void Validate(SiteData data, DiagnosticBag diagnostics)
    {
    }

    /// <summary>Checks that need the pages as well: a record naming a page by its path.</summary>
    public virtual void Validate(SiteData data, Rendering.SiteIndex index, DiagnosticBag diagnostics)
    {
    }

    /// <summary>The warning for a record nothing references (by its kind of id), when that is worth one: an uncited fact. Its format takes the id.</summary>
    public virtual (string Kind, DiagnosticDescriptor Code)? Unreferenced => null;

    /// <summary>Where each record was written, for the unreferenced warning.</summary>
    public virtual IEnumerable<(string Id, SourceLocation At)> Records(SiteData data) => [];

    public virtual IEnumerable<Page> Pages(SiteData data) => [];

    public virtual IReadOnlyList<EmbedDescriptor> Embeds => [];

    /// <summary>A page made from data; <paramref name="section"/> pages are listed on the home page and in the menu.</summary>
    protected static Page DataPage(string url, string title, string description, string layout,
        Func<Rendering.PageRenderContext, object> body, bool section = false, SourceLocation? origin = null) =>
        new(PageKind.Data, null, url, title, description, 0, [], null, MarkdownScan.Empty)
        {
            Layout = layout,
            Body = body,
            IsSection = section,
            Origin = origin,
        };
}
