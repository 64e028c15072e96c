using DocsSite.Rendering;

namespace DocsSite.Outputs.Files;

/// <summary>A file made from the finished site rather than from one input: register it in <see cref="GeneratedFiles"/>.</summary>
internal interface IGeneratedFile
{
    /// <param name="manifest">Every document so far, pages rendered.</param>
    IEnumerable<OutputDocument> Generate(SiteIndex site, OutputManifest manifest);
}
