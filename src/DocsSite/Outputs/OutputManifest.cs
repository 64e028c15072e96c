using DocsSite.Diagnostics;

namespace DocsSite.Outputs;

/// <summary>
/// Every file the site will contain, keyed by destination. Two documents with one destination,
/// or with destinations that differ only by letter case, are an error naming both origins;
/// the first one added is kept so later checks still see a whole site.
/// </summary>
internal sealed class OutputManifest
{
    private readonly Dictionary<string, OutputDocument> _byPath = new(SitePath.Comparer);
    private readonly Dictionary<string, OutputDocument> _byFolded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutputDocument> _folders = new(StringComparer.Ordinal); // folded folder path -> a document inside it
    private readonly Lock _lock = new();

    public bool Add(OutputDocument document, DiagnosticBag diagnostics)
    {
        lock (_lock)
        {
            var path = document.Destination;
            if (_byPath.TryGetValue(path.Value, out var existing))
            {
                diagnostics.Add(DiagnosticCodes.DuplicateUrl, document.Origin,
                    Capitalise(document.Describe), path, $"as {existing.Describe} is");
                return false;
            }
            if (_byFolded.TryGetValue(path.FoldedKey, out var twin))
            {
                diagnostics.Add(DiagnosticCodes.CaseCollision, document.Origin,
                    Capitalise(document.Describe), path, twin.Describe, twin.Destination);
                return false;
            }
            // "LICENSE" (a file) and "LICENSE/index.html" (a page) cannot both exist on disk.
            if (_folders.TryGetValue(path.FoldedKey, out var inside))
            {
                diagnostics.Add(DiagnosticCodes.DuplicateUrl, document.Origin,
                    Capitalise(document.Describe), path, $"but {inside.Describe} needs a folder of that name (`{inside.Destination}`)");
                return false;
            }
            var folders = Folders(path.FoldedKey).ToList();
            foreach (var folder in folders)
            {
                if (!_byFolded.TryGetValue(folder, out var file)) continue;
                diagnostics.Add(DiagnosticCodes.DuplicateUrl, document.Origin,
                    Capitalise(document.Describe), path, $"inside a folder named like the file `{file.Destination}` of {file.Describe}");
                return false;
            }
            _byPath[path.Value] = document;
            _byFolded[path.FoldedKey] = document;
            foreach (var folder in folders) _folders.TryAdd(folder, document);
            return true;
        }
    }

    /// <summary>Replaces a document already in the manifest (a page once rendered).</summary>
    public void Update(OutputDocument document)
    {
        lock (_lock) _byPath[document.Destination.Value] = document;
    }

    public OutputDocument? Find(string decodedPath) => _byPath.GetValueOrDefault(decodedPath.TrimStart('/'));

    public bool Contains(string decodedPath) => _byPath.ContainsKey(decodedPath.TrimStart('/'));

    /// <summary>Every document, in destination order, so writing and feeds are deterministic.</summary>
    public IReadOnlyList<OutputDocument> Documents
    {
        get
        {
            lock (_lock) return _byPath.Values.OrderBy(d => d.Destination).ToList();
        }
    }

    private static IEnumerable<string> Folders(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
