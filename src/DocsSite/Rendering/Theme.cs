using DocsSite.Diagnostics;
using HandlebarsDotNet;

namespace DocsSite.Rendering;

/// <summary>
/// The theme's Handlebars templates, compiled once in strict mode: a template that
/// names an unknown variable or partial fails with a diagnostic naming the template.
/// <c>layouts/base.hbs</c> wraps every page; <c>layouts/KIND.hbs</c> draws its body.
/// </summary>
internal sealed class Theme
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _partials = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _reported = new(StringComparer.Ordinal);

    private Theme(string root, DiagnosticBag diagnostics)
    {
        Root = root;
        _diagnostics = diagnostics;
    }

    public string Root { get; }

    /// <summary>A template failed to compile or render, or is missing or empty (already reported): pages are not as they will be.</summary>
    public bool Failed => !_reported.IsEmpty || _compileFailed;

    private bool _compileFailed;

    public string AssetsFolder => Path.Combine(Root, "assets");

    /// <summary>
    /// The theme's assets, minified and named by their hash, prepared with the templates: they depend on the
    /// theme alone, so this happens while the pages are read. Empty when the theme has no <c>assets/</c>.
    /// </summary>
    public IReadOnlyList<Outputs.HashedAssets.Asset> Assets { get; private set; } = [];

    private IReadOnlyDictionary<string, string> _assets = new Dictionary<string, string>();

    /// <summary>The assets' published names ("site.css" -> "assets/site.3f9a0c1e2b.css"), for <c>{{asset}}</c>.</summary>
    public void UseAssets(IReadOnlyDictionary<string, string> published) => _assets = published;

    /// <summary>An asset's published path for code that builds views; a missing one stays unhashed, and the link check names it.</summary>
    public string PublishedAsset(string name) => _assets.GetValueOrDefault(name) ?? "assets/" + name;

    private string AssetPath(string name) =>
        _assets.TryGetValue(name, out var path) ? path
            : throw new HandlebarsRuntimeException($"The theme has no asset `{name}` (in `assets/`).");

    public static Theme Load(string root, DiagnosticBag diagnostics)
    {
        var theme = new Theme(root, diagnostics);
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });
        // {{root}}{{asset "site.css"}}: the asset's name with its content hash, known once outputs are planned.
        handlebars.RegisterHelper("asset", (writer, _, arguments) => writer.WriteSafeString(theme.AssetPath(arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : "")));
        foreach (var (folder, target) in new[] { ("partials", theme._partials), ("layouts", theme._layouts) })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            // Templates obey the input's rules: a link out of the theme (to /etc/passwd, say) would be published as a partial.
            foreach (var (entry, file) in Data.FileTree.Walk(dir, diagnostics, f => theme.Display(Path.Combine(dir, f)), Data.FileLimits.MaxFileBytes, root)
                         .Where(f => !f.Key.Contains('/') && f.Key.EndsWith(".hbs", StringComparison.Ordinal)))
            {
                var name = Path.GetFileNameWithoutExtension(entry);
                try
                {
                    var text = File.ReadAllText(file).Replace("\r\n", "\n");
                    if (folder == "partials")
                    {
                        // Compiled once, both for {{> name}} in other templates and for code that renders it alone.
                        var partial = handlebars.Compile(new StringReader(text));
                        handlebars.RegisterTemplate(name, partial);
                        target[name] = (model, data) =>
                        {
                            using var writer = new StringWriter();
                            partial(writer, model, data);
                            return writer.ToString();
                        };
                    }
                    else target[name] = handlebars.Compile(text);
                }
                catch (Exception e) when (e is not IOException and not UnauthorizedAccessException)
                {
                    // Handlebars.Net fails on some malformed templates ("{{#if}}") with exceptions of its
                    // own runtime, not HandlebarsException: the template is at fault either way.
                    theme._compileFailed = true;
                    theme._reported.TryAdd(folder + "/" + name, 0); // reported here, not again as missing
                    diagnostics.Add(DiagnosticCodes.TemplateError, SourceLocation.WholeFile(theme.Display(folder, name)),
                        folder, name, e.Message);
                }
            }
        }
        if (Directory.Exists(theme.AssetsFolder))
        {
            // Theme assets obey the input's rules: regular files inside the theme, under the size limit.
            var assets = Data.FileTree.Walk(theme.AssetsFolder, diagnostics, f => theme.Display(Path.Combine(theme.AssetsFolder, f)), Data.FileLimits.MaxFileBytes, theme.Root)
                .Select(a => (a.Key, a.Value)).ToList();
            theme.Assets = Outputs.HashedAssets.Plan(assets);
        }
        return theme;
    }

    /// <summary>Whether the theme draws pages with this layout: a theme without <c>search.hbs</c> gets no search page.</summary>
    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    public string RenderLayout(string name, object model, string forFile) => Render(_layouts, "layouts", name, model, forFile);

    public string RenderPartial(string name, object model, string forFile) => Render(_partials, "partials", name, model, forFile);

    private string Render(Dictionary<string, HandlebarsTemplate<object, object>> templates, string folder, string name, object model, string forFile)
    {
        if (!templates.TryGetValue(name, out var template))
        {
            // Once per template, at the file that should be there, not once for each page.
            if (_reported.TryAdd(folder + "/" + name, 0))
                _diagnostics.Add(DiagnosticCodes.MissingLayout, SourceLocation.WholeFile(Display(folder, name)),
                    folder, name, forFile);
            return "";
        }
        try
        {
            var html = template(model);
            // An empty base.hbs would publish blank pages, and every link into them would look broken.
            if (folder == "layouts" && string.IsNullOrWhiteSpace(html) && _reported.TryAdd(folder + "/" + name, 0))
                _diagnostics.Add(DiagnosticCodes.EmptyLayout, SourceLocation.WholeFile(Display(folder, name)),
                    folder, name, IsBlank(folder, name) ? "(the file is empty)" : $"for pages such as `{forFile}`");
            return html;
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException or HandlebarsRuntimeException)
        {
            // Report a broken template once, not once for each of the thousand pages it draws.
            if (!_reported.TryAdd(folder + "/" + name, 0)) return "";
            _diagnostics.Add(DiagnosticCodes.TemplateRenderError, SourceLocation.WholeFile(Display(folder, name)),
                folder, name, forFile, e.Message);
            return "";
        }
    }

    private bool IsBlank(string folder, string name)
    {
        var path = Path.Combine(Root, folder, name + ".hbs");
        return File.Exists(path) && string.IsNullOrWhiteSpace(File.ReadAllText(path));
    }

    private string Display(string folder, string name) => Display(Path.Combine(Root, folder, name + ".hbs"));

    /// <summary>A theme file's path as the user can open it: relative to where the command runs, unless it lies elsewhere.</summary>
    public string Display(string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
