using DocsSite.Diagnostics;
using DocsSite.Pages;

namespace DocsSite.Outputs;

/// <summary>
/// One file of the site, as Statiq's documents with destinations: where it goes, what it
/// is, its content (text, or a file copied as it is) and where it came from, for diagnostics.
/// A rendered page carries its <see cref="Page"/>.
/// </summary>
/// <param name="Origin">The input, theme or data file it comes from; diagnostics name it.</param>
/// <param name="Describe">How a collision names it: "`guide/a.md`", "the theme's `assets/site.css`".</param>
internal sealed record OutputDocument(SitePath Destination, string MediaType, SourceLocation Origin, string Describe)
{
    /// <summary>The text to write (UTF-8), for pages and generated files.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// The bytes to write, for large generated files (the search index, <c>llms-full.txt</c>): made as UTF-8
    /// once, rather than as a string twice their size that is encoded again when written, and kept in the
    /// pieces they were made of (<see cref="ByteSequenceBuilder"/>).
    /// </summary>
    public System.Buffers.ReadOnlySequence<byte>? Bytes { get; init; }

    /// <summary>A file to copy as it is, for static files and theme assets (full path).</summary>
    public string? CopyOf { get; init; }

    public Page? Page { get; init; }

    public static OutputDocument ForPage(Page page) =>
        new(page.Destination, MediaTypes.Html, page.SourcePath is { } source ? new SourceLocation(source, 1, 1) : page.Origin ?? SourceLocation.WholeFile(page.ReportedFile),
            page.SourcePath is { } path ? $"`{path}`" : $"the generated page `{page.Title}`")
        { Page = page };

    public static OutputDocument Copy(SitePath destination, string fullPath, string reportedFile, string describe) =>
        new(destination, MediaTypes.Of(destination.Value), SourceLocation.WholeFile(reportedFile), describe) { CopyOf = fullPath };

    public static OutputDocument Generated(SitePath destination, string text, string describe) =>
        new(destination, MediaTypes.Of(destination.Value), SourceLocation.WholeFile(destination.Value), describe) { Text = text };

    public static OutputDocument Generated(SitePath destination, System.Buffers.ReadOnlySequence<byte> utf8, string describe) =>
        new(destination, MediaTypes.Of(destination.Value), SourceLocation.WholeFile(destination.Value), describe) { Bytes = utf8 };
}
