using DocsSite.Diagnostics;

namespace DocsSite.Pages;

/// <summary>A link or image URL as written in Markdown, and where it was written.</summary>
internal sealed record LinkReference(string Url, SourceLocation At, bool IsImage);
