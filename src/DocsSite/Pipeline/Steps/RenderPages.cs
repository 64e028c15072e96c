using DocsSite.Outputs;
using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>Renders every page in parallel; each page's HTML depends only on the page and the shared, read-only index.</summary>
internal sealed class RenderPages : IBuildStep
{
    public string Name => "Rendering pages";

    /// <summary>Pages from which the parse trees, let go after rendering, are collected at once (about 20 MB at a thousand).</summary>
    private const int LargeSite = 1000;

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
        {
            foreach (var page in pages) page.ReleaseParse();
            // The parse trees die here all together, and they are old: only a full collection frees them, and
            // none would come on its own before the pages are written. Measured at 10,000 pages: the peak falls
            // from about 965 to 700-780 MB, for no loss of time (the writing step then collects less). A small
            // site's trees are not worth the pause (a test run builds hundreds of them in one process).
            if (pages.Count >= LargeSite) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }
}
