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
            source.Report(DiagnosticCodes.WrongType, root, "`site.yml`", "a mapping of settings such as `title: ...`", "");
            return SiteSettings.Default;
        }
        var r = new RecordReader(source, map, "site setting");
        var d = SiteSettings.Default;
        var groups = NavReader.Read(r, source);
        var markdown = MarkdownSyntax(r.Mapping("markdown"), source);
        var settings = new SiteSettings(
            r.String("title") ?? d.Title,
            r.String("description") ?? d.Description,
            r.String("base_url"),
            r.String("repository"),
            r.String("language") ?? d.Language,
            groups.SelectMany(g => g.Pages).ToList(),
            r.StringList("external_ignore").Select(p => p.Value).ToList(),
            Severities(r.Mapping("diagnostics"), source, diagnostics),
            groups,
            StaleAfterYears(r, source))
        {
            References = r.Bool("references"),
            CaseInsensitiveAnchors = Anchors(r, source),
            AttributeLists = markdown.Attributes,
            SnippetsWanted = markdown.Snippets,
            MkDocsHeadingIds = markdown.MkDocsIds,
            ExternalAnchors = ExternalAnchors(r.Mapping("links"), source),
        };
        r.Finish();
        foreach (var (field, value) in new[] { ("base_url", settings.BaseUrl), ("repository", settings.Repository) })
        {
            // Both end up in every page (canonical link, edit link): a javascript: URL there would be a link to a script.
            if (value is null || Safety.UrlPolicy.IsWebUrl(value)) continue;
            diagnostics.Add(DiagnosticCodes.UnsafeUrl, r.AtField(field), Safety.UrlPolicy.Printable(value), $"`{field}`", "use an absolute http:// or https:// address.");
        }
        return settings;
    }

    /// <summary><c>stale_after_years</c>: how old a fact may be before it is dated; a whole number of at least 1.</summary>
    private static int StaleAfterYears(RecordReader r, YamlSource source)
    {
        if (r.Int("stale_after_years") is not { } years) return SiteSettings.Default.StaleAfterYears;
        if (years >= 1) return years;
        source.Report(DiagnosticCodes.WrongType, r.Raw("stale_after_years")!, "`stale_after_years`", "a whole number of years, at least 1", "");
        return SiteSettings.Default.StaleAfterYears;
    }

    /// <summary><c>anchors: exact</c> (the default: ids are case-sensitive, as in browsers) or <c>github</c>.</summary>
    private static bool Anchors(RecordReader r, YamlSource source)
    {
        var value = r.String("anchors");
        if (value is null or "exact") return false;
        if (value == "github") return true;
        source.Report(DiagnosticCodes.WrongType, r.Raw("anchors")!, "`anchors`", "`exact` or `github`", "");
        return false;
    }

    /// <summary>
    /// <c>markdown: { attributes: true, snippets: false, ids: mkdocs }</c>: MkDocs' attribute lists (<c>## Title { #id }</c>),
    /// pymdownx.snippets' includes and toc's heading ids; each unset follows the corpus' mkdocs.yml.
    /// </summary>
    private static (bool? Attributes, bool? Snippets, bool? MkDocsIds) MarkdownSyntax(YamlMappingNode? map, YamlSource source)
    {
        if (map is null) return (null, null, null);
        var markdown = new RecordReader(source, map, "markdown setting");
        var (attributes, snippets, ids) = (markdown.Bool("attributes"), markdown.Bool("snippets"), markdown.String("ids"));
        bool? mkdocsIds = ids switch
        {
            null => null,
            "mkdocs" => true,
            "github" => false,
            _ => null,
        };
        if (ids is not (null or "mkdocs" or "github"))
            source.Report(DiagnosticCodes.WrongType, markdown.Raw("ids")!, "`ids`", "`github` (heading ids as GitHub makes them) or `mkdocs` (as MkDocs' toc makes them)", "");
        markdown.Finish();
        return (attributes, snippets, mkdocsIds);
    }

    /// <summary><c>links: { external_anchors: { page.md: [id, ...] } }</c>: ids that another tool puts on a page.</summary>
    private static Dictionary<string, IReadOnlyList<Located<string>>> ExternalAnchors(YamlMappingNode? map, YamlSource source)
    {
        var anchors = new Dictionary<string, IReadOnlyList<Located<string>>>(StringComparer.Ordinal);
        if (map is null) return anchors;
        var links = new RecordReader(source, map, "links setting");
        var byPage = links.Mapping("external_anchors");
        links.Finish();
        if (byPage is null) return anchors;
        foreach (var (key, value) in byPage.Children)
        {
            var page = (key as YamlScalarNode)?.Value?.TrimStart('/') ?? "";
            if (value is not YamlSequenceNode ids || ids.Any(id => id is not YamlScalarNode { Value.Length: > 0 }))
            {
                source.Report(DiagnosticCodes.WrongType, value, $"`{page}` under `external_anchors`", "a list of ids, such as `[mkdocs-build]`", "");
                continue;
            }
            anchors[page] = ids.Cast<YamlScalarNode>().Select(id => new Located<string>(id.Value!.TrimStart('#'), source.At(id))).ToList();
        }
        return anchors;
    }

    /// <summary><c>diagnostics: { DS2201: none, DS2202: error }</c>: each code must exist and be a warning.</summary>
    private static SeverityOverrides Severities(YamlMappingNode? map, YamlSource source, DiagnosticBag diagnostics)
    {
        if (map is null) return SeverityOverrides.None;
        var codes = DiagnosticCodes.All().ToDictionary(d => d.Code, StringComparer.Ordinal);
        var byCode = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var code = (key as YamlScalarNode)?.Value ?? "";
            if (!codes.TryGetValue(code, out var descriptor))
            {
                source.Report(DiagnosticCodes.UnknownField, key, "diagnostic", code, Suggest.Hint(code, codes.Keys));
                continue;
            }
            Severity? severity = (value as YamlScalarNode)?.Value switch
            {
                "none" => null,
                "warning" => Severity.Warning,
                "error" => Severity.Error,
                _ => Severity.Error,
            };
            if ((value as YamlScalarNode)?.Value is not ("none" or "warning" or "error"))
            {
                source.Report(DiagnosticCodes.WrongType, value, $"`{code}`", "`none`, `warning` or `error`", "");
                continue;
            }
            if (descriptor.Severity == Severity.Error && severity != Severity.Error)
            {
                source.Report(DiagnosticCodes.WrongType, value, $"`{code}`", "left an error: only warnings can be silenced or lowered", "");
                continue;
            }
            byCode[code] = severity;
        }
        return new SeverityOverrides(byCode);
    }
}
