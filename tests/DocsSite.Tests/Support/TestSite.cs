using DocsSite.Diagnostics;
using DocsSite.Pipeline;

namespace DocsSite.Tests.Support;

/// <summary>
/// A whole site written from one string of "-- path --" sections (as Hugo's
/// integration tests do), built with the real theme into a temporary folder.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private TestSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public static TestSite Create(string files)
    {
        var site = new TestSite(Path.Combine(Path.GetTempPath(), "docssite-tests", Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(site.Input);
        site.Write(files);
        return site;
    }

    /// <summary>Adds or replaces files; a section's text runs to the next "-- path --" line.</summary>
    public void Write(string files)
    {
        string? path = null;
        var lines = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n').Append("-- end --"))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal))
            {
                if (path is not null)
                {
                    var full = Path.Combine(Input, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, string.Join('\n', lines).Trim('\n') + "\n");
                }
                path = trimmed[3..^3].Trim();
                lines.Clear();
                continue;
            }
            lines.Add(line);
        }
    }

    public BuildResult Build(bool strict = false, string? theme = null, DateOnly? today = null, string? includeFrom = null) =>
        BuildPipeline.Run(new BuildOptions(Input, theme ?? Repo.Theme, Output, Strict: strict, Today: today, IncludeFrom: includeFrom));

    /// <summary>A copy of the real theme beside the site, with <paramref name="changes"/> (path in the theme -> text) written over it.</summary>
    public string ThemeWith(params (string Path, string Text)[] changes)
    {
        var theme = Path.Combine(Root, "theme");
        foreach (var file in Directory.EnumerateFiles(Repo.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(Repo.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        foreach (var (path, text) in changes) File.WriteAllText(Path.Combine(theme, path), text);
        return theme;
    }

    public string Html(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
