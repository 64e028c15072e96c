using DocsSite.Collections;
using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Pages;
using DocsSite.Rendering;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Compiles the theme's templates once; a template error is reported like any content error. Runs while the
/// pages are read, so it compiles the layouts the site's pages will ask for: one per Markdown page kind, the
/// search page's, and those of the pages the data makes (known: the data is read before).
/// </summary>
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
        var theme = Theme.Load(root, context.Diagnostics);
        theme.Compile(LayoutsToExpect(context.Data));
        context.Theme = theme;
    }

    /// <summary>A guess that is right for every build but one whose pages change kind; <see cref="RenderPages"/> compiles what it missed.</summary>
    private static IEnumerable<string> LayoutsToExpect(SiteData data) =>
        new[] { PageRenderer.BaseLayout, SearchPage.Layout }
            .Concat(Enum.GetValues<PageKind>().Where(k => k != PageKind.Data).Select(Page.LayoutOf))
            .Concat(SiteCollections.All.SelectMany(c => c.Pages(data)).Select(p => p.Layout));
}
