using System.Collections.Concurrent;
using DocsSite.Diagnostics;
using DocsSite.Outputs;
using DocsSite.Pipeline;
using DocsSite.Yaml;

namespace DocsSite.Links;

/// <summary>
/// Ids that another tool puts on a page, declared in site.yml (<c>links: external_anchors</c>): an MkDocs
/// plugin that documents a command line, an include the build does not perform. A link to one is
/// not an error. Each entry must earn its place: one that no link needs, or that the page now renders
/// itself, or whose page does not exist, is a warning, so the list does not hide real breakage for long.
/// </summary>
internal sealed class ExternalAnchors(IReadOnlyDictionary<string, IReadOnlyList<Located<string>>> declared)
{
    private readonly ConcurrentDictionary<(string Page, string Id), byte> _used = new();

    /// <summary>Whether <paramref name="id"/> is declared for the page behind <paramref name="target"/>; counts the use.</summary>
    public bool Use(OutputDocument target, string id)
    {
        if (target.Page?.SourcePath is not { } page || !declared.TryGetValue(page, out var ids) || !ids.Any(d => d.Value == id)) return false;
        _used.TryAdd((page, id), 0);
        return true;
    }

    public void ReportUnneeded(BuildContext context)
    {
        foreach (var (page, ids) in declared)
        {
            var built = context.Pages.FirstOrDefault(p => p.SourcePath == page);
            if (built is null)
            {
                foreach (var id in ids)
                    context.Diagnostics.Add(DiagnosticCodes.ExternalAnchorUnused, id.At, page, id.Value,
                        $"the site has no page `{page}`; give the Markdown file's path under the input, or remove the entry");
                continue;
            }
            var rendered = context.Html.TryGetValue(built.OutputPath, out var facts) ? facts.Ids : null;
            foreach (var id in ids)
            {
                if (rendered?.Contains(id.Value) == true)
                    context.Diagnostics.Add(DiagnosticCodes.ExternalAnchorUnused, id.At, page, id.Value,
                        "the page has this id itself; remove the entry");
                else if (!_used.ContainsKey((page, id.Value)))
                    context.Diagnostics.Add(DiagnosticCodes.ExternalAnchorUnused, id.At, page, id.Value,
                        "no link goes to it; remove the entry");
            }
        }
    }
}
