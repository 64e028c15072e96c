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
            foreach (var file in Directory.EnumerateFiles(theme.AssetsFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                copied["assets/" + Path.GetRelativePath(theme.AssetsFolder, file).Replace('\\', '/')] = file;
        context.CopiedFiles = copied;
    }
}
