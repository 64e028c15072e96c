using DocsSite.Diagnostics;

namespace DocsSite.Pages;

/// <summary>
/// A URL as written in Markdown (a link, an image, or an attribute of raw HTML) and where it
/// was written. <see cref="NoCheck"/> marks a deliberate exception (<c>&lt;!-- no-check --&gt;</c>).
/// </summary>
internal sealed record LinkReference(string Url, SourceLocation At, bool IsImage, bool RawHtml = false, bool NoCheck = false);
