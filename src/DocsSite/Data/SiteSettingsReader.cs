using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsSite.Data;

/// <summary>Reads <c>site.yml</c> at the input root; without one, the defaults apply.</summary>
internal static class SiteSettingsReader
{
    public const string FileName = "site.yml";

    public static SiteSettings Read(InputFiles input, DiagnosticBag diagnostics)
    {
        if (!input.Exists(FileName)) return SiteSettings.Default;
        var text = input.ReadText(FileName);
        var root = YamlLoader.Load(text, FileName, 0, diagnostics);
        if (root is null) return SiteSettings.Default;
        var source = new YamlSource(FileName, text, 0, diagnostics);
        if (root is not YamlMappingNode map)
        {
            source.Report(DiagnosticCodes.WrongType, root, "`site.yml` must be a mapping of settings such as `title: ...`.");
            return SiteSettings.Default;
        }
        var r = new RecordReader(source, map, "site setting");
        var d = SiteSettings.Default;
        var settings = new SiteSettings(
            r.String("title") ?? d.Title,
            r.String("description") ?? d.Description,
            r.String("base_url"),
            r.String("repository"),
            r.String("language") ?? d.Language,
            r.StringList("nav"),
            r.StringList("external_ignore").Select(p => p.Value).ToList());
        r.Finish();
        foreach (var (field, value) in new[] { ("base_url", settings.BaseUrl), ("repository", settings.Repository) })
        {
            // Both end up in every page (canonical link, edit link): a javascript: URL there would be a link to a script.
            if (value is null || Safety.UrlPolicy.IsWebUrl(value)) continue;
            diagnostics.Add(DiagnosticCodes.UnsafeUrl, r.AtField(field), $"`{field}` must be an absolute http:// or https:// address, not `{value}`.");
        }
        return settings;
    }
}
