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
        var inputFiles = context.Input.StaticFiles();
        foreach (var page in context.Pages) manifest.Add(OutputDocument.ForPage(page), bag);
        if (context.Theme is { } theme && Directory.Exists(theme.AssetsFolder))
        {
            var hashed = theme.Assets;
            foreach (var asset in hashed)
            {
                if (inputFiles.Contains("assets/" + asset.Name))
                    bag.Add(Diagnostics.DiagnosticCodes.DuplicateUrl, Diagnostics.SourceLocation.WholeFile("assets/" + asset.Name),
                        $"The file `assets/{asset.Name}`", "assets/" + asset.Name, "as the theme's asset of that name is; rename it, or change the theme");
                var describe = $"the theme's `assets/{asset.Name}`";
                var origin = theme.Display(asset.File);
                manifest.Add(asset.Text is { } text
                    ? OutputDocument.Generated(SitePath.File(asset.Destination), text, describe) with { Origin = Diagnostics.SourceLocation.WholeFile(origin) }
                    : OutputDocument.Copy(SitePath.File(asset.Destination), asset.File, origin, describe), bag);
            }
            theme.UseAssets(hashed.ToDictionary(a => a.Name, a => a.Destination, StringComparer.Ordinal));
        }
        // Input files last: a collision is reported at the file a contributor added.
        foreach (var file in inputFiles)
            manifest.Add(OutputDocument.Copy(SitePath.File(file), context.Input.FullPath(file), file, $"the file `{file}`"), bag);
        context.Manifest = manifest;
    }
}
