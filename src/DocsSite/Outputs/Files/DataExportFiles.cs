using System.Text.Encodings.Web;
using System.Text.Json;
using DocsSite.OpenData;
using DocsSite.Rendering;

namespace DocsSite.Outputs.Files;

/// <summary><c>data/NAME.json</c> and <c>data/NAME.schema.json</c> for every collection the site has records in.</summary>
internal sealed class DataExportFiles : IGeneratedFile
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputDocument> Generate(SiteIndex site, OutputManifest manifest)
    {
        if (site.Data.Facts.Count == 0 && site.Data.Sources.Count == 0 && site.Data.Definitions.Count == 0) yield break;
        foreach (var export in DataExports.All)
        {
            yield return OutputDocument.Generated(SitePath.File($"data/{export.Name}.json"), export.Export(site).ToJsonString(Options) + "\n",
                $"the generated {export.Name} export");
            yield return OutputDocument.Generated(SitePath.File($"data/{export.Name}.schema.json"), export.Schema.Trim() + "\n",
                $"the {export.Name} export's schema");
        }
    }
}
