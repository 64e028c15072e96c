using DocsSite.Diagnostics;

namespace DocsSite.Content;

/// <summary>A chart of facts' figures on log scales (<c>_data/charts.yml</c>), one scale per row.</summary>
internal sealed record Chart(string Id, SourceLocation At, string Title, string? Description, IReadOnlyList<ChartRow> Rows) : IRecord;
