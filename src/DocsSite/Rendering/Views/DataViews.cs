namespace DocsSite.Rendering.Views;

/// <summary>The comparison matrix or a slice of it; also what <c>::comparison</c> embeds.</summary>
internal sealed record ComparisonTableView(string Caption, IReadOnlyList<LinkView> Technologies, IReadOnlyList<GroupView> Groups)
{
    /// <summary>Columns including the row headers, for a group row's colspan.</summary>
    public int Columns => Technologies.Count + 1;

    /// <summary>A slice of one group captioned with the group's name draws no group row: it would repeat the caption.</summary>
    public bool GroupRows => Groups.Count != 1 || Groups[0].Name != Caption;
}

/// <summary><see cref="Anchor"/> is the element id: set on the comparison page, null in embeds, where it could clash with the page's own ids.</summary>
internal sealed record GroupView(string? Anchor, string Name, IReadOnlyList<RowView> Rows);

/// <summary><see cref="Href"/>: in a slice, the row on the comparison page, with its note.</summary>
internal sealed record RowView(string? Anchor, string Name, IReadOnlyList<CellView> Cells, string Note)
{
    public string? Href { get; init; }
}

/// <summary>A cell's HTML and its column's name, which labels the cell when a phone shows each row as a card.</summary>
internal sealed record CellView(string Label, string Html);

internal sealed record FaqListView(IReadOnlyList<FaqItemView> Entries);

/// <summary>
/// The FAQ page: when its entries name groups, each group is a section with its questions under it,
/// listed together at the top; otherwise <see cref="Entries"/> in order.
/// </summary>
internal sealed record FaqPageView(bool Grouped, IReadOnlyList<FaqGroupView> Groups, IReadOnlyList<FaqItemView> Entries);

internal sealed record FaqGroupView(string Anchor, string Title, IReadOnlyList<FaqItemView> Entries);

internal sealed record FaqItemView(string Id, string Question, string Answer, IReadOnlyList<LinkView> Terms);

internal sealed record AnalogiesView(IReadOnlyList<AnalogyView> Analogies);

internal sealed record AnalogyView(
    string Id,
    string Title,
    IReadOnlyList<LinkView> Compares,
    IReadOnlyList<Content.AnalogyPair> Mapping,
    string Body,
    string BreaksDown,
    string Credit);
