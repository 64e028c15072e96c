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

    public string AssetsFolder => Path.Combine(Root, "assets");

    public static Theme Load(string root, DiagnosticBag diagnostics)
    {
        var theme = new Theme(root, diagnostics);
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });
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
                    target[name] = handlebars.Compile(text);
                    if (folder == "partials") handlebars.RegisterTemplate(name, text);
                }
                catch (HandlebarsException e)
                {
                    diagnostics.Add(DiagnosticCodes.TemplateError, SourceLocation.WholeFile(theme.Display(folder, name)),
                        $"Template `{folder}/{name}.hbs` does not compile: {e.Message}");
                }
            }
        }
        return theme;
    }

    public string RenderLayout(string name, object model, string forFile) => Render(_layouts, "layouts", name, model, forFile);

    public string RenderPartial(string name, object model, string forFile) => Render(_partials, "partials", name, model, forFile);

    private string Render(Dictionary<string, HandlebarsTemplate<object, object>> templates, string folder, string name, object model, string forFile)
    {
        if (!templates.TryGetValue(name, out var template))
        {
            _diagnostics.Add(DiagnosticCodes.MissingLayout, SourceLocation.WholeFile(forFile),
                $"The theme has no `{folder}/{name}.hbs`, needed to render `{forFile}`.");
            return "";
        }
        try
        {
            return template(model);
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException or HandlebarsRuntimeException)
        {
            // Report a broken template once, not once for each of the thousand pages it draws.
            if (!_reported.TryAdd(folder + "/" + name, 0)) return "";
            _diagnostics.Add(DiagnosticCodes.TemplateRenderError, SourceLocation.WholeFile(Display(folder, name)),
                $"Template `{folder}/{name}.hbs` failed while rendering `{forFile}`: {e.Message}");
            return "";
        }
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
