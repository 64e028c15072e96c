using DocsSite.Markdown;
using DocsSite.Pages;

namespace DocsSite.Pipeline.Steps;

/// <summary>Parses every Markdown file once, in parallel; the parse also collects links, ids and references.</summary>
internal sealed class ReadPages : IBuildStep
{
    public string Name => "Reading pages";

    public void Run(BuildContext context)
    {
        var paths = context.Input.Pages().Where(p => p != context.Settings.NavSource).ToList();
        var pipeline = MarkdownPipelines.ForSite(context.Settings, context.Input);
        // A folder's README.md is its index page, as on code hosts, unless it has an index.md.
        var foldersWithIndex = paths.Where(p => Path.GetFileName(p).Equals("index.md", StringComparison.OrdinalIgnoreCase))
            .Select(FolderOf).ToHashSet(StringComparer.Ordinal);
        var pages = new Page?[paths.Count];
        var done = 0;
        Parallel.For(0, paths.Count, i =>
        {
            var path = paths[i];
            pages[i] = InternalErrors.For(path, () =>
                PageReader.Read(path, context.Input.ReadText(path), !foldersWithIndex.Contains(FolderOf(path)), pipeline, context.Diagnostics, context.Settings.Snippets));
            var count = Interlocked.Increment(ref done);
            if (count % 250 == 0) context.Progress?.Invoke(Name, count, paths.Count);
        });
        context.Pages = pages.OfType<Page>().OrderBy(p => p.Url, StringComparer.Ordinal).ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
    }

    private static string FolderOf(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";
}
