using DocsSite.Outputs;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Lists every file the site will contain before anything is rendered: the pages, the input's
/// other files and the theme's assets, each with its destination and origin. The manifest
/// reports two of them writing one file; whatever is added later (feeds, indexes) joins it.
/// </summary>
internal sealed class PlanOutputs : IBuildStep
{
    public string Name => "Planning outputs";

    public void Run(BuildContext context)
    {
        var manifest = new OutputManifest();
        var bag = context.Diagnostics;
        foreach (var page in context.Pages) manifest.Add(OutputDocument.ForPage(page), bag);
        if (context.Theme is { } theme && Directory.Exists(theme.AssetsFolder))
        {
            // Theme assets obey the input's rules: regular files inside the theme, under the size limit.
            foreach (var (relative, file) in Data.FileTree.Walk(theme.AssetsFolder, bag, f => theme.Display(Path.Combine(theme.AssetsFolder, f)), Data.FileLimits.MaxFileBytes, theme.Root))
            {
                var path = "assets/" + relative;
                manifest.Add(OutputDocument.Copy(SitePath.File(path), file, theme.Display(Path.Combine(theme.AssetsFolder, relative)), $"the theme's `{path}`"), bag);
            }
        }
        // Input files last: a collision is reported at the file a contributor added.
        foreach (var file in context.Input.StaticFiles())
            manifest.Add(OutputDocument.Copy(SitePath.File(file), context.Input.FullPath(file), file, $"the file `{file}`"), bag);
        context.Manifest = manifest;
    }
}
