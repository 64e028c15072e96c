using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.TermLinks;

/// <summary><c>[[term]]</c> or <c>[[term|text]]</c>: a link to a glossary entry by id or alias.</summary>
internal sealed class TermLinkInline(string target, string? text) : LeafInline
{
    public string Target { get; } = target;

    public string? Text { get; } = text;
}
