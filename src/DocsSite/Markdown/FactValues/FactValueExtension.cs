namespace DocsSite.Markdown.FactValues;

/// <summary>Adds <c>[=fact-id]</c>: a fact's value with its citation.</summary>
internal sealed class FactValueExtension : BracketInlineExtension<FactValueParser, FactValueRenderer>;
