using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pictures;

namespace DocsSite.Collections;

/// <summary><c>stacks</c>: stack diagrams (layers side by side, shared ones spanning), drawn by <c>::stack{id="..."}</c>.</summary>
internal sealed class StacksCollection() : ListCollection<StackDiagram>("stacks", "stack diagram", DiagnosticCodes.UnknownStackDiagram, StackDiagramReader.Read)
{
    public override IEnumerable<RecordReference> References(SiteData data) =>
        Of(data).Values.SelectMany(d => Refs("definition", d.Columns.Select(c => c.Term).Concat(d.Layers.Select(l => l.Term)).ToArray()));

    public override void Validate(SiteData data, DiagnosticBag diagnostics)
    {
        foreach (var diagram in Of(data).Values)
        {
            var seen = new Dictionary<string, StackColumn>(StringComparer.Ordinal);
            foreach (var column in diagram.Columns)
                if (!seen.TryAdd(column.Id, column))
                    diagnostics.Add(DiagnosticCodes.DuplicateId, column.At, $"stack of `{diagram.Id}`", column.Id, seen[column.Id].At);
            foreach (var layer in diagram.Layers)
                foreach (var stack in layer.Stacks.Where(s => !seen.ContainsKey(s.Value)))
                    diagnostics.Add(DiagnosticCodes.UnknownPicturePart, stack.At, "Stack diagram", diagram.Id, "stack", stack.Value,
                        $"{Suggest.Hint(stack.Value, seen.Keys)} Its stacks: {string.Join(", ", seen.Keys)}.");
            var (layout, bad, why) = StackLayout.Of(diagram);
            if (layout is null)
            {
                if (bad!.Stacks.All(s => seen.ContainsKey(s.Value)))
                    diagnostics.Add(DiagnosticCodes.PictureLayout, bad.At, "layer", bad.Label, why);
                continue;
            }
            var columns = diagram.Columns.Count;
            foreach (var box in layout.Boxes)
            {
                var lines = SvgText.Wrap(box.Layer.Label, box.CopyWidth(columns) - 8, StackLayout.FontSize);
                if (lines.Count > 2 || lines.Any(l => SvgText.Width(l, StackLayout.FontSize) > box.CopyWidth(columns) - 4))
                    diagnostics.Add(DiagnosticCodes.PictureLabelTooLong, box.Layer.At, "layer", box.Layer.Label, 2,
                        "shorten it, draw fewer `copies`, or move the detail into `note`");
            }
        }
    }

    public override IReadOnlyList<EmbedDescriptor> Embeds => field ??= [RecordEmbed("stack", "the diagram's", StackPicture.Render)];
}
