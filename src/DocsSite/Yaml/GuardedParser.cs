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

    /// <summary>The arguments of <see cref="Refusal"/>'s message format.</summary>
    public object?[] RefusalArgs { get; private set; } = [];

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
                    "YAML", MaxDepth, "lists and mappings, more than DocsSite's data ever needs");
                break;
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
            case AnchorAlias alias when _collectionAnchors.Contains(alias.Value.Value):
                Refuse(Diagnostics.DiagnosticCodes.CollectionAlias, alias,
                    alias.Value.Value);
                break;
        }
        return true;
    }

    private void Refuse(Diagnostics.DiagnosticDescriptor code, ParsingEvent at, params object?[] args)
    {
        Refusal = code;
        RefusalArgs = args;
        throw new YamlException(at.Start, at.End, code.Format(args));
    }
}
