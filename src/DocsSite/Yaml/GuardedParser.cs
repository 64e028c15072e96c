using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DocsSite.Yaml;

/// <summary>
/// Passes YamlDotNet's parse events through, refusing two things before a node tree is built:
/// nesting deeper than <see cref="MaxDepth"/> (building the tree recurses, and a stack overflow
/// cannot be caught), and an alias of a list or mapping (repeated collections are how "billion
/// laughs" bombs grow; an alias of one value cannot grow anything and is allowed).
/// </summary>
internal sealed class GuardedParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;

    private readonly HashSet<string> _collectionAnchors = new(StringComparer.Ordinal);
    private int _depth;

    /// <summary>Why the text was refused, when it was; null for ordinary syntax errors.</summary>
    public Diagnostics.DiagnosticDescriptor? Refusal { get; private set; }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case NodeEvent { Anchor.IsEmpty: false } node and (SequenceStart or MappingStart):
                _collectionAnchors.Add(node.Anchor.Value);
                break;
            case NodeEvent { Anchor.IsEmpty: false } node:
                _collectionAnchors.Remove(node.Anchor.Value);
                break;
        }
        switch (inner.Current)
        {
            case SequenceStart or MappingStart when ++_depth > MaxDepth:
                Refuse(Diagnostics.DiagnosticCodes.TooDeep, inner.Current,
                    $"Lists and mappings are nested more than {MaxDepth} levels deep here; DocsSite's data never needs that many. Flatten it.");
                break;
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
            case AnchorAlias alias when _collectionAnchors.Contains(alias.Value.Value):
                Refuse(Diagnostics.DiagnosticCodes.CollectionAlias, alias,
                    $"The alias `*{alias.Value.Value}` repeats a list or mapping, which DocsSite does not expand (repeated collections are how " +
                    "\"billion laughs\" bombs are built). Write the values out.");
                break;
        }
        return true;
    }

    private void Refuse(Diagnostics.DiagnosticDescriptor code, ParsingEvent at, string message)
    {
        Refusal = code;
        throw new YamlException(at.Start, at.End, message);
    }
}
