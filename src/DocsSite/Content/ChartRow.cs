using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>
/// One quantity of a <see cref="Chart"/>: the facts it plots, named in <see cref="Facts"/> or chosen by
/// <see cref="Topic"/> (and <see cref="Kind"/>, when given); all of them must measure the same thing.
/// </summary>
internal sealed record ChartRow(SourceLocation At, string Label, IReadOnlyList<Located<string>> Facts, string? Topic, string? Kind);
