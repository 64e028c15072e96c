using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown;

/// <summary>
/// Every block and inline under a node, parents before children, as Markdig's <c>Descendants()</c>
/// gives them, but walked with one stack: Markdig's nests an iterator per node, which on a
/// large site costs more than the check that reads the nodes.
/// </summary>
internal static class MarkdownNodes
{
    public static IEnumerable<MarkdownObject> Under(MarkdownObject root)
    {
        var pending = new Stack<MarkdownObject>();
        PushChildren(pending, root);
        while (pending.TryPop(out var node))
        {
            yield return node;
            PushChildren(pending, node);
        }
    }

    /// <summary>The blocks of type <typeparamref name="T"/> under <paramref name="root"/>, in document order, as Markdig's <c>Descendants&lt;T&gt;()</c>.</summary>
    public static IEnumerable<T> Blocks<T>(ContainerBlock root) where T : Block
    {
        var pending = new Stack<Block>();
        for (var i = root.Count - 1; i >= 0; i--) pending.Push(root[i]);
        while (pending.TryPop(out var block))
        {
            if (block is T found) yield return found;
            if (block is ContainerBlock container)
                for (var i = container.Count - 1; i >= 0; i--) pending.Push(container[i]);
        }
    }

    private static void PushChildren(Stack<MarkdownObject> pending, MarkdownObject node)
    {
        switch (node)
        {
            case ContainerBlock container:
                for (var i = container.Count - 1; i >= 0; i--) pending.Push(container[i]);
                break;
            // A leaf's inlines come straight after it: the container that holds them is not a node of its own.
            case LeafBlock { Inline: { } inlines }:
                PushChildren(pending, inlines);
                break;
            case ContainerInline inline:
                for (var child = inline.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
                break;
        }
    }
}
