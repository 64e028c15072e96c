using DocsSite.Content;
using DocsSite.Data;

namespace DocsSite.Navigation;

/// <summary>
/// A menu from the table of contents other generators' corpora bring, used when site.yml has no
/// <c>nav</c>: mdBook's <c>SUMMARY.md</c> at the input root, or MkDocs' <c>mkdocs.yml</c> at the
/// root or in its parent (MkDocs reads <c>docs/</c> beside it by default).
/// </summary>
internal static class CorpusNav
{
    /// <param name="includeFrom">The folder beyond the input that snippets may read (<c>--include-from</c>), or null.</param>
    public static SiteSettings Apply(SiteSettings settings, InputFiles input, string? includeFrom = null)
    {
        // mkdocs.yml's markdown_extensions say how its pages are written, unless site.yml says otherwise.
        if (MkDocsText(input) is var (config, folder))
        {
            var extensions = MkDocsExtensions.Read(config);
            settings = settings with { MkDocs = true };
            // MkDocs always runs toc, which makes the ids the corpus' links were written against.
            if (settings.MkDocsHeadingIds is null) settings = settings with { MkDocsHeadingIds = true };
            if (settings.AttributeLists is null) settings = settings with { AttributeLists = extensions.Contains("attr_list") };
            if (settings.SnippetsWanted != false && extensions.Contains(Snippets))
                settings = settings with { Snippets = SnippetSettingsFor(config, folder, input.Root, includeFrom) };
        }
        if (settings.Nav.Count > 0) return settings;
        if (input.Exists(MdBookSummary.FileName))
            return With(settings, MdBookSummary.Read(input.ReadText(MdBookSummary.FileName)), input, MdBookSummary.FileName);
        if (input.Exists(MkDocsNav.FileName)
            && MkDocsNav.Read(input.ReadText(MkDocsNav.FileName), MkDocsNav.FileName, null) is { } here)
            return With(settings, here, input, null);
        var parent = Path.GetDirectoryName(input.Root);
        var beside = parent is null ? null : Path.Combine(parent, MkDocsNav.FileName);
        if (beside is not null && File.Exists(beside)
            && MkDocsNav.Read(File.ReadAllText(beside).Replace("\r\n", "\n"), "../" + MkDocsNav.FileName, Path.GetFileName(input.Root)) is { } above)
            return With(settings, above, input, null);
        return settings;
    }

    private const string Snippets = "pymdownx.snippets";

    /// <summary>The corpus' mkdocs.yml and its folder: at the input root, or beside it when its <c>docs_dir</c> is the input.</summary>
    private static (string Text, string Folder)? MkDocsText(InputFiles input)
    {
        if (input.Exists(MkDocsNav.FileName)) return (input.ReadText(MkDocsNav.FileName), input.Root);
        var parent = Path.GetDirectoryName(input.Root);
        var beside = parent is null ? null : Path.Combine(parent, MkDocsNav.FileName);
        if (beside is null || !File.Exists(beside)) return null;
        var text = File.ReadAllText(beside).Replace("\r\n", "\n");
        return MkDocsNav.DocsDirIs(text, Path.GetFileName(input.Root)) ? (text, parent!) : null;
    }

    /// <summary>
    /// pymdownx.snippets' <c>base_path</c> folders (by default mkdocs.yml's own, where MkDocs runs), inside
    /// the checkout the input is in (or, outside a checkout, mkdocs.yml's folder). Files are read only inside
    /// the input, or inside <paramref name="includeFrom"/> when the command line names it: a pull request can
    /// change mkdocs.yml and the pages, so only the person running the build may widen what is published.
    /// </summary>
    private static Markdown.Snippets.SnippetSettings? SnippetSettingsFor(string config, string folder, string inputRoot, string? includeFrom)
    {
        var root = RealPath.Of(GitCheckout.RootOf(inputRoot) ?? folder);
        if (root is null) return null;
        var readable = includeFrom is null ? RealPath.Of(inputRoot) : RealPath.Of(Path.GetFullPath(includeFrom));
        if (readable is null) return null;
        var written = MkDocsExtensions.Option(config, Snippets, "base_path");
        var bases = (written.Count > 0 ? written : ["."])
            .Select(b => RealPath.Of(Path.Combine(folder, b)))
            .OfType<string>().Where(b => RealPath.IsInside(b, root) && Directory.Exists(b)).Distinct().ToList();
        return new Markdown.Snippets.SnippetSettings(root, bases, RealPath.Of(inputRoot) ?? inputRoot, readable, includeFrom is not null);
    }

    private static SiteSettings With(SiteSettings settings, IReadOnlyList<TocEntry> entries, InputFiles input, string? source)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var nav = new List<Yaml.Located<string>>();
        foreach (var entry in entries)
        {
            var path = FolderPage(entry.Path.Value, input);
            if (nav.Any(n => n.Value == path)) continue; // a page listed twice is shown once, where it first appears
            nav.Add(entry.Path with { Value = path });
            if (entry.Title is { } title) titles[path] = title;
        }
        return settings with { Nav = nav, NavTitles = titles, NavSource = source };
    }

    /// <summary>A folder named in a table of contents ("user-guide/") stands for its index page.</summary>
    private static string FolderPage(string path, InputFiles input)
    {
        if (!path.EndsWith('/') && path.Length > 0) return path;
        foreach (var name in new[] { "index.md", "README.md" })
            if (input.Exists(path + name)) return path + name;
        return path;
    }
}
