using DocsSite.Diagnostics;

namespace DocsSite.Links;

/// <summary>
/// A link the build wrote into a page from something it can point at: a Markdown link or
/// image, or a URL in raw HTML, in a page or in a data field. The link graph matches each
/// link of the final HTML to its edge, to resolve it as written and report it where written.
/// </summary>
/// <param name="Href">The URL as it stands in the output.</param>
/// <param name="Written">The URL as written in the source.</param>
/// <param name="BaseFolder">The site folder the written URL is relative to: the Markdown file's ("/guide/"), or "/" for data.</param>
/// <param name="AsOutput">Raw HTML written relative to the page's output URL (as MkDocs leaves it), kept as written and resolved as a browser would.</param>
internal sealed record LinkEdge(string Href, string Written, SourceLocation At, string BaseFolder, bool RawHtml, bool NoCheck, bool AsOutput = false);
