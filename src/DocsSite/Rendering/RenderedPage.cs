using DocsSite.Links;
using DocsSite.Pages;

namespace DocsSite.Rendering;

/// <summary>A page's final HTML, and the links its Markdown and raw HTML wrote, each with its place in the source.</summary>
internal sealed record RenderedPage(Page Page, string Html, IReadOnlyList<LinkEdge> Edges)
{
    /// <summary>The facts the page cited, in the order of its reference list.</summary>
    public IReadOnlyList<string> CitedFacts { get; init; } = [];

    /// <summary>For each fact in <see cref="CitedFacts"/>, the ids of the places on the page citing it, in page order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CitePlaces { get; init; } = [];
}
