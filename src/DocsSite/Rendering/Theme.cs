using DocsSite.Diagnostics;
using HandlebarsDotNet;

namespace DocsSite.Rendering;

/// <summary>
/// The theme's Handlebars templates, compiled once in strict mode: a template that
/// names an unknown variable or partial fails with a diagnostic naming the template.
/// <c>layouts/base.hbs</c> wraps every page; <c>layouts/KIND.hbs</c> draws its body.
/// Partials compile on loading (code renders them too); a layout compiles when the site has a page
/// that uses it (<see cref="Compile"/>), so a site without facts does not pay for <c>facts.hbs</c>.
/// </summary>
internal sealed class Theme
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _partials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _layoutSources = new(StringComparer.Ordinal);
    private readonly IHandlebars _handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });
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
        var handlebars = theme._handlebars;
        // {{root}}{{asset "site.css"}}: the asset's name with its content hash, known once outputs are planned.
        handlebars.RegisterHelper("asset", (writer, _, arguments) => writer.WriteSafeString(theme.AssetPath(arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : "")));
        foreach (var folder in new[] { "partials", "layouts" })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            // Templates obey the input's rules: a link out of the theme (to /etc/passwd, say) would be published as a partial.
            foreach (var (entry, file) in Data.FileTree.Walk(dir, diagnostics, f => theme.Display(Path.Combine(dir, f)), Data.FileLimits.MaxFileBytes, root)
                         .Where(f => !f.Key.Contains('/') && f.Key.EndsWith(".hbs", StringComparison.Ordinal)))
            {
                var name = Path.GetFileNameWithoutExtension(entry);
                var text = File.ReadAllText(file).Replace("\r\n", "\n");
                if (folder == "layouts") theme._layoutSources[name] = text;
                else
                    theme.CompileOrReport(folder, name, () =>
                    {
                        // Compiled once, both for {{> name}} in other templates and for code that renders it alone.
                        var partial = handlebars.Compile(new StringReader(text));
                        handlebars.RegisterTemplate(name, partial);
                        theme._partials[name] = (model, data) =>
                        {
                            using var writer = new StringWriter();
                            partial(writer, model, data);
                            return writer.ToString();
                        };
                    });
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
    public bool HasLayout(string name) => _layoutSources.ContainsKey(name);

    /// <summary>
    /// Compiles these layouts, unless compiled before or missing (a missing one is reported when a page asks
    /// for it). Handlebars.Net compiles into state its renderers read, so this runs before rendering, on one thread.
    /// </summary>
    public void Compile(IEnumerable<string> layouts)
    {
        foreach (var name in layouts)
            if (!_layouts.ContainsKey(name) && _layoutSources.TryGetValue(name, out var text) && !_reported.ContainsKey("layouts/" + name))
                CompileOrReport("layouts", name, () => _layouts[name] = _handlebars.Compile(text));
    }

    private void CompileOrReport(string folder, string name, Action compile)
    {
        try
        {
            compile();
        }
        catch (Exception e)
        {
            // Handlebars.Net fails on some malformed templates ("{{#if}}") with exceptions of its
            // own runtime, not HandlebarsException: the template is at fault either way.
            _compileFailed = true;
            _reported.TryAdd(folder + "/" + name, 0); // reported here, not again as missing
            _diagnostics.Add(DiagnosticCodes.TemplateError, SourceLocation.WholeFile(Display(folder, name)),
                folder, name, e.Message);
        }
    }

    public string RenderLayout(string name, object model, string forFile) => Render(_layouts, "layouts", name, model, forFile);

    public string RenderPartial(string name, object model, string forFile) => Render(_partials, "partials", name, model, forFile);

    private string Render(Dictionary<string, HandlebarsTemplate<object, object>> templates, string folder, string name, object model, string forFile)
    {
        if (!templates.TryGetValue(name, out var template))
        {
            if (folder == "layouts" && _layoutSources.ContainsKey(name) && !_reported.ContainsKey(folder + "/" + name))
                throw new InvalidOperationException($"Layout `{name}` was not compiled before rendering (Theme.Compile).");
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
                    folder, name, IsBlank(name) ? "(the file is empty)" : $"for pages such as `{forFile}`");
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

    /// <summary>The layout's file holds nothing but white space (its text was kept when the theme loaded).</summary>
    private bool IsBlank(string layout) => _layoutSources.TryGetValue(layout, out var text) && string.IsNullOrWhiteSpace(text);

    private string Display(string folder, string name) => Display(Path.Combine(Root, folder, name + ".hbs"));

    /// <summary>A theme file's path as the user can open it: relative to where the command runs, unless it lies elsewhere.</summary>
    public string Display(string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
