using DocsSite.Diagnostics;
using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>Compiles the theme's templates once; a template error is reported like any content error.</summary>
internal sealed class LoadTheme : IBuildStep
{
    public string Name => "Loading theme";

    public void Run(BuildContext context)
    {
        var root = context.Options.Theme;
        if (!Directory.Exists(root))
        {
            context.Diagnostics.Add(DiagnosticCodes.ThemeNotFound, SourceLocation.WholeFile(root), root);
            return;
        }
        context.Theme = Theme.Load(root, context.Diagnostics);
    }
}
