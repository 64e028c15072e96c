using DocsSite.Markdown;
using Markdig.Syntax;

namespace DocsSite.Tests.Markdown;

/// <summary>The safety check walks documents with <see cref="MarkdownNodes"/>: it must reach every node Markdig's own walk reaches, in the same order.</summary>
public sealed class MarkdownNodesTests
{
    [Fact]
    public void Visits_what_markdig_visits_in_the_same_order()
    {
        const string text = "---\ntitle: T\n---\n# Heading *em* `code`\n\n> quote with [link](a.md \"t\") and ![img](i.png)\n>\n> - item <span>raw</span>\n>   1. nested [[term]] [@fact]\n\n"
            + "| a | b |\n|---|---|\n| [x](#y) | <https://example.org> |\n\n<div>\n<a href=\"z\">block</a>\n</div>\n\nText[^1] with **[strong link](b.md)**.\n\n[^1]: Note [n](c.md).\n\n"
            + "Term\n: Definition\n\n- [ ] task\n\n::: note\ninside\n:::\n\n[ref]: d.md\n";
        var document = Markdig.Markdown.Parse(text, MarkdownPipelines.Site);

        var expected = document.Descendants().ToList();

        Assert.True(expected.Count > 40, $"the sample reaches only {expected.Count} nodes");
        Assert.Equal(expected, MarkdownNodes.Under(document).ToList());
    }
}
