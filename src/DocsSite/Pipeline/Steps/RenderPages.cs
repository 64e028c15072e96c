using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>Renders every page in parallel; each page's HTML depends only on the page and the shared, read-only index.</summary>
internal sealed class RenderPages : IBuildStep
{
    public string Name => "Rendering pages";

    public void Run(BuildContext context)
    {
        if (context.Theme is not { } theme || context.Index is not { } index) return;
        var pages = context.Pages;
        var html = new string[pages.Count];
        var done = 0;
        Parallel.For(0, pages.Count, i =>
        {
            html[i] = PageRenderer.Render(pages[i], index, theme);
            var count = Interlocked.Increment(ref done);
            if (count % 250 == 0) context.Progress?.Invoke(Name, count, pages.Count);
        });
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) rendered.TryAdd(pages[i].OutputPath, html[i]);
        context.Rendered = rendered;
    }
}
