using DocsSite.Collections;
using DocsSite.Content;
using DocsSite.Diagnostics;

namespace DocsSite.Data;

/// <summary>
/// Loads <c>_data/</c>: each collection is <c>name.yml</c> or a folder <c>name/*.yml</c>, read by
/// its descriptor in <see cref="SiteCollections"/>. Files are read in ordinal path order so that
/// "first definition wins" on duplicates is the same on every machine.
/// </summary>
internal static class DataLoader
{
    public const string Folder = "_data";

    public static SiteData Load(InputFiles input, DiagnosticBag diagnostics)
    {
        var files = input.DataFiles();
        if (files.Count == 0) return SiteData.Empty;

        var byName = SiteCollections.All.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var byCollection = new Dictionary<CollectionDescriptor, List<string>>();
        foreach (var path in files)
        {
            var name = CollectionOf(path);
            if (!byName.TryGetValue(name, out var collection))
            {
                diagnostics.Add(DiagnosticCodes.UnknownDataFile, SourceLocation.WholeFile(path),
                    path, $"no collection is called `{name}`.{Suggest.Hint(name, byName.Keys)} Collections: {string.Join(", ", byName.Keys)}.");
                continue;
            }
            if (!byCollection.TryGetValue(collection, out var list)) byCollection[collection] = list = [];
            list.Add(path);
        }
        return new SiteData(SiteCollections.All.ToDictionary(c => c, c => c.Read(byCollection.GetValueOrDefault(c) ?? [], input, diagnostics)));
    }

    /// <summary><c>_data/facts.yml</c> and <c>_data/facts/cpu.yml</c> both belong to "facts".</summary>
    private static string CollectionOf(string path)
    {
        var rest = path[(Folder.Length + 1)..];
        var slash = rest.IndexOf('/');
        return slash >= 0 ? rest[..slash] : Path.GetFileNameWithoutExtension(rest);
    }
}
