namespace DocsSite.Markdown.TermLinks;

/// <summary>Adds <c>[[term]]</c> links to glossary entries.</summary>
internal sealed class TermLinkExtension : BracketInlineExtension<TermLinkParser, TermLinkRenderer>;
