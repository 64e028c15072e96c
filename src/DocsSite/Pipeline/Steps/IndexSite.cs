using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>Builds the look-ups every later check, render and write shares, once the page list and theme are final.</summary>
internal sealed class IndexSite : IBuildStep
{
    public string Name => "Indexing";

    public void Run(BuildContext context)
    {
        context.Index = new SiteIndex(context.Settings, context.Data, context.Pages, context.DataMarkdown);
        var copied = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in context.Input.StaticFiles()) copied[file] = context.Input.FullPath(file);
        if (context.Theme is { } theme && Directory.Exists(theme.AssetsFolder))
            // Theme assets obey the input's rules: regular files inside the folder, under the size limit.
            foreach (var (file, real) in Data.FileTree.Walk(theme.AssetsFolder, context.Diagnostics, f => Path.Combine(theme.AssetsFolder, f).Replace('\\', '/'), Data.FileLimits.MaxFileBytes, theme.Root))
                copied["assets/" + file] = real;
        context.CopiedFiles = copied;
    }
}
