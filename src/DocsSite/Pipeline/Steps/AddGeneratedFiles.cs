using DocsSite.Outputs.Files;

namespace DocsSite.Pipeline.Steps;

/// <summary>Adds the files made from the finished site (sitemap, robots.txt, ...) to the manifest; each is registered in <see cref="GeneratedFiles"/>.</summary>
internal sealed class AddGeneratedFiles : IBuildStep
{
    public string Name => "Adding generated files";

    public void Run(BuildContext context)
    {
        if (context.Index is not { } site) return;
        foreach (var file in GeneratedFiles.All)
            foreach (var document in file.Generate(site, context.Manifest))
            {
                // A file of the input with the same name (a hand-written robots.txt) takes its place.
                if (context.Manifest.Contains(document.Destination.Value)) continue;
                context.Manifest.Add(document, context.Diagnostics);
            }
    }
}
