using DocsSite.Diagnostics;

namespace DocsSite.Pipeline.Steps;

/// <summary>Two pages that would write the same file: "a.md" and "a/index.md", or a page and a generated page.</summary>
internal sealed class CheckDuplicateUrls : IBuildStep
{
    public string Name => "Checking URLs";

    public void Run(BuildContext context)
    {
        foreach (var group in context.Pages.GroupBy(p => p.Url, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            // Generated pages have no file to point at; report at each Markdown page that collides.
            var first = group.FirstOrDefault(p => p.SourcePath is null) ?? group.First();
            foreach (var page in group.Where(p => p != first))
                context.Diagnostics.Add(DiagnosticCodes.DuplicateUrl, new SourceLocation(page.ReportedFile, 1, 1),
                    $"This page would be written to `{page.OutputPath}`, as {(first.SourcePath is null ? $"the generated {first.Kind} page" : $"`{first.SourcePath}`")} is.");
        }
    }
}
