using DocsSite.Content;

namespace DocsSite.Pictures;

/// <summary>
/// Where each layer of a stack diagram goes: every stack fills its column from the top, and a layer
/// shared by several stacks takes the first row free in all of them, so it spans them below their own layers.
/// </summary>
internal sealed record StackLayout(IReadOnlyList<StackLayout.Box> Boxes, int Rows)
{
    public const double Width = 360, Gap = 8, Header = 24, RowHeight = 40, RowGap = 4, FontSize = 13, CopyGap = 4;

    /// <param name="First">The index of the leftmost column it covers.</param>
    public sealed record Box(StackLayer Layer, int Row, int First, int Span)
    {
        public double X(int columns) => First * (ColumnWidth(columns) + Gap);

        public double W(int columns) => Span * ColumnWidth(columns) + (Span - 1) * Gap;

        /// <summary>The width of one copy, where the label must fit.</summary>
        public double CopyWidth(int columns) => (W(columns) - (Layer.Copies - 1) * CopyGap) / Layer.Copies;
    }

    public double Height => Header + Rows * (RowHeight + RowGap);

    public static double ColumnWidth(int columns) => (Width - (columns - 1) * Gap) / columns;

    /// <summary>The layout, or the first layer that cannot be placed (its stacks unknown or not side by side) and why.</summary>
    public static (StackLayout? Layout, StackLayer? Bad, string? Why) Of(StackDiagram diagram)
    {
        var index = diagram.Columns.Select((c, i) => (c.Id, i)).GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var next = new int[diagram.Columns.Count];
        var boxes = new List<Box>();
        foreach (var layer in diagram.Layers)
        {
            var columns = layer.Stacks.Where(s => index.ContainsKey(s.Value)).Select(s => index[s.Value]).Distinct().Order().ToList();
            if (columns.Count != layer.Stacks.Count) return (null, layer, "names a stack twice or a stack the diagram does not have");
            if (columns[^1] - columns[0] != columns.Count - 1)
                return (null, layer, "spans stacks that are not side by side; list the stacks in `stacks` so that the ones it shares are neighbours");
            var row = columns.Max(c => next[c]);
            foreach (var c in columns) next[c] = row + 1;
            boxes.Add(new Box(layer, row, columns[0], columns.Count));
        }
        return (new StackLayout(boxes, next.Length == 0 ? 0 : next.Max()), null, null);
    }
}
