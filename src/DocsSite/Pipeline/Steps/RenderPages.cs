using DocsSite.Outputs;
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
        // Before the parallel loop: compiling is not safe beside rendering (see Theme.Compile).
        theme.Compile(pages.Select(p => p.Layout).Append(PageRenderer.BaseLayout).Distinct(StringComparer.Ordinal));
        var rendered = new RenderedPage[pages.Count];
        var done = 0;
        // Pages that list who cites what (the facts ledger) render once the others have.
        foreach (var last in new[] { false, true })
        {
            Parallel.For(0, pages.Count, i =>
            {
                if (pages[i].RendersLast != last) return;
                rendered[i] = InternalErrors.For(pages[i].ReportedFile, () => PageRenderer.Render(pages[i], index, theme));
                var count = Interlocked.Increment(ref done);
                if (count % 250 == 0) context.Progress?.Invoke(Name, count, pages.Count);
            });
            if (!last) index.Citations.Record(rendered.Where(r => r is not null && !r.Page.RendersLast).Select(r => (r.Page, r.CitedFacts, r.CitePlaces)));
        }
        foreach (var page in rendered)
            if (context.Manifest.Find(page.Page.OutputPath) is { Page: { } owner } document && ReferenceEquals(owner, page.Page))
                context.Manifest.Update(document with { Text = page.Html });
        context.Rendered = rendered;
        if (!context.KeepsParsedPages)
            foreach (var page in pages) page.ReleaseParse();
    }
}
