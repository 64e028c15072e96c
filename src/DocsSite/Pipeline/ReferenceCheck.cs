using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Pipeline;

/// <summary>Reports an id that names no record, with the closest existing id as a suggestion.</summary>
internal static class ReferenceCheck
{
    public static bool Resolve<T>(Located<string> reference, IReadOnlyDictionary<string, T> targets,
        DiagnosticDescriptor code, string kind, DiagnosticBag diagnostics)
    {
        if (targets.ContainsKey(reference.Value)) return true;
        diagnostics.Add(code, reference.At, $"There is no {kind} with the id `{reference.Value}`.{Suggest.Hint(reference.Value, targets.Keys)}");
        return false;
    }

    public static void ResolveAll<T>(IEnumerable<Located<string>> references, IReadOnlyDictionary<string, T> targets,
        DiagnosticDescriptor code, string kind, DiagnosticBag diagnostics)
    {
        foreach (var reference in references) Resolve(reference, targets, code, kind, diagnostics);
    }
}
