using DocsSite.Pages;

namespace DocsSite.Rendering;

/// <summary>
/// A page's final HTML, and the hrefs that came from its Markdown: those were checked
/// at their place in the source, so the check of the final HTML leaves them alone.
/// </summary>
internal sealed record RenderedPage(Page Page, string Html, IReadOnlySet<string> MarkdownHrefs);
