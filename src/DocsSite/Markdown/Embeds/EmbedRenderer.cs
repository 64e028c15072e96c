using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsSite.Markdown.Embeds;

/// <summary>Embeds are drawn by the theme's partials, so a page and the generated pages share one markup.</summary>
internal sealed class EmbedRenderer : HtmlObjectRenderer<EmbedBlock>
{
    protected override void Write(HtmlRenderer renderer, EmbedBlock block)
    {
        var context = PageHtmlRenderer.ContextOf(renderer);
        if (context is null || block.Error is not null) return;
        renderer.EnsureLine();
        if (Collections.SiteCollections.Embeds.TryGetValue(block.Name, out var embed)) renderer.Write(embed.Render(block, context));
        renderer.EnsureLine();
    }
}
