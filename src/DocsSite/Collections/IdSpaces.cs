using DocsSite.Content;
using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary>Every id space of the site by kind; resolves a reference or reports it with the closest id as a suggestion.</summary>
internal sealed class IdSpaces(IReadOnlyDictionary<string, IdSpace> byKind)
{
    public static IdSpaces Of(SiteData data) =>
        new(SiteCollections.All.SelectMany(c => c.IdSpaces(data)).ToDictionary(s => s.Kind, StringComparer.Ordinal));

    public bool Contains(string kind, string id) => byKind.TryGetValue(kind, out var space) && space.Ids.Contains(id);

    /// <param name="otherwise">A sentence for the report when no id is close, e.g. how to write the syntax as text.</param>
    public bool Resolve(string kind, Located<string> reference, DiagnosticBag diagnostics, string? otherwise = null)
    {
        if (!byKind.TryGetValue(kind, out var space)) return false;
        if (space.Ids.Contains(reference.Value)) return true;
        var suggestion = Suggest.Hint(reference.Value, space.Ids);
        diagnostics.Add(space.UnknownCode, reference.At,
            reference.Value, suggestion.Length > 0 ? suggestion : otherwise);
        return false;
    }
}
