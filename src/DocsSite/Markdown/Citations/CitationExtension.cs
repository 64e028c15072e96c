namespace DocsSite.Markdown.Citations;

/// <summary>Adds Pandoc-style <c>[@fact-id]</c> citations.</summary>
internal sealed class CitationExtension : BracketInlineExtension<CitationParser, CitationRenderer>;
