using System.Text;
using DocsSite.Diagnostics;
using DocsSite.Links;
using DocsSite.Markdown;
using DocsSite.Outputs;
using DocsSite.Pages;
using DocsSite.Pipeline;
using DocsSite.Pipeline.Steps;
using DocsSite.Rendering;

namespace DocsSite.Serve;

/// <summary>
/// The fast path of <c>serve</c>: when only the body of existing pages changed, re-read, re-render
/// and re-check those pages alone against the last good build, and rewrite their files.
///
/// It applies only when nothing another page shows can have changed: the same URL, title,
/// description, order and tags (navigation, lists, link titles), and the same element ids (the
/// fragments other pages may link to). Anything else, and any change outside page files, is a full build.
/// </summary>
internal static class PageRefresh
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The pages (paths relative to the input) if every changed file is an existing page of <paramref name="last"/>; otherwise null.</summary>
    public static IReadOnlyList<string>? ChangedPages(BuildContext last, string input, IReadOnlyCollection<string> changes)
    {
        var root = Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var pages = new List<string>();
        foreach (var change in changes)
        {
            if (change.Length == 0 || !change.StartsWith(root, StringComparison.Ordinal)) return null;
            var relative = change[root.Length..].Replace('\\', '/');
            if (!relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(change)) return null;
            if (last.Index?.PageAt(relative) is null) return null;
            pages.Add(relative);
        }
        return pages;
    }

    /// <returns>
    /// Null when a full build is needed; otherwise the problems found (the files are written only when there is no error).
    /// </returns>
    public static DiagnosticBag? Run(BuildContext last, IReadOnlyList<string> paths)
    {
        if (last.Index is not { } index || last.Theme is not { } theme) return null;
        var diagnostics = new DiagnosticBag();
        var pages = new List<Page>();
        var rendered = new List<RenderedPage>();
        var html = new Dictionary<string, HtmlFacts>(last.Html, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var old = index.PageAt(path)!;
            var readmeIsIndex = !last.Input.Exists(FolderOf(path) + "index.md");
            if (PageReader.Read(path, last.Input.ReadText(path), readmeIsIndex, MarkdownPipelines.ForSite(last.Settings, last.Input), diagnostics, last.Settings.Snippets) is not { } read) return null;
            var page = read with { Kind = old.Kind };
            if (page.Url != old.Url || page.Title != old.Title || page.Description != old.Description
                || page.Order != old.Order || !page.Tags.SequenceEqual(old.Tags))
                return null;
            var result = PageRenderer.Render(page, index, theme);
            var facts = HtmlScanner.Scan(result.Html);
            if (!html.TryGetValue(page.OutputPath, out var before) || !before.Ids.SetEquals(facts.Ids)) return null;
            html[page.OutputPath] = facts;
            pages.Add(page);
            rendered.Add(result);
        }

        // The build's own checks, run on these pages only, against the whole site of the last build.
        var manifest = new OutputManifest();
        var byOutput = rendered.ToDictionary(r => r.Page.OutputPath, StringComparer.Ordinal);
        foreach (var document in last.Manifest.Documents)
            manifest.Add(byOutput.TryGetValue(document.Destination.Value, out var page) ? document with { Page = page.Page, Text = page.Html } : document, diagnostics);
        var checks = new BuildContext(last.Options, last.Input, diagnostics)
        {
            Settings = last.Settings,
            Data = last.Data,
            Pages = pages,
            Manifest = manifest,
            Index = index,
            Theme = theme,
            Html = html,
            Rendered = rendered,
        };
        new ValidateMarkdownReferences().Run(checks);
        new ResolveLinks { Only = byOutput.Keys.ToHashSet(StringComparer.Ordinal) }.Run(checks);
        if (diagnostics.HasErrors) return diagnostics;

        foreach (var page in rendered) WriteAtomically(Path.Combine(last.Options.Output, page.Page.OutputPath), page.Html);
        var byPath = pages.ToDictionary(p => p.SourcePath!, StringComparer.Ordinal);
        last.Pages = last.Pages.Select(p => p.SourcePath is { } s && byPath.TryGetValue(s, out var updated) ? updated : p).ToList();
        last.Rendered = last.Rendered.Select(r => byOutput.GetValueOrDefault(r.Page.OutputPath) ?? r).ToList();
        last.Html = html;
        last.Manifest = manifest;
        return diagnostics;
    }

    /// <summary>Written beside and renamed over, so a request never reads half a page.</summary>
    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".docssite-tmp";
        File.WriteAllBytes(temporary, Utf8.GetBytes(text));
        File.Move(temporary, path, overwrite: true);
    }

    private static string FolderOf(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..(i + 1)] : "";
}
