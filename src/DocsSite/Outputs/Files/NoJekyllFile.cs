using DocsSite.Rendering;

namespace DocsSite.Outputs.Files;

/// <summary>An empty <c>.nojekyll</c>: GitHub Pages then serves the files as they are, folders starting with '_' included.</summary>
internal sealed class NoJekyllFile : IGeneratedFile
{
    public IEnumerable<OutputDocument> Generate(SiteIndex site, OutputManifest manifest)
    {
        yield return OutputDocument.Generated(SitePath.File(".nojekyll"), "", "the generated .nojekyll");
    }
}
