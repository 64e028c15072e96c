using System.Text.Json;

namespace DocsSite.External;

/// <summary>
/// Results of earlier external checks, in a small JSON file. Only successes are kept:
/// a failing link is asked again every time, so a fix is noticed at once.
/// </summary>
internal sealed class LinkCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly SortedDictionary<string, DateTimeOffset> _checked;
    private readonly string? _path;
    private readonly TimeSpan _maxAge;

    private LinkCache(string? path, TimeSpan maxAge, SortedDictionary<string, DateTimeOffset> entries)
    {
        _path = path;
        _maxAge = maxAge;
        _checked = entries;
    }

    public static LinkCache Load(string? path, TimeSpan maxAge)
    {
        var entries = new SortedDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (path is not null && File.Exists(path))
        {
            try
            {
                foreach (var (url, when) in JsonSerializer.Deserialize<Dictionary<string, DateTimeOffset>>(File.ReadAllText(path)) ?? [])
                    entries[url] = when;
            }
            catch (JsonException)
            {
                // A damaged cache only costs a re-check.
            }
        }
        return new LinkCache(path, maxAge, entries);
    }

    public bool IsFresh(string url, DateTimeOffset now) =>
        _checked.TryGetValue(url, out var when) && now - when < _maxAge;

    public void Record(string url, DateTimeOffset now)
    {
        lock (_checked) _checked[url] = now;
    }

    public void Save()
    {
        if (_path is null) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        File.WriteAllText(_path, JsonSerializer.Serialize(_checked, Json));
    }
}
