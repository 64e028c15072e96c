using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>
/// A step of a <see cref="Flowchart"/>: a question (with <see cref="Yes"/> and <see cref="No"/> naming
/// other steps) or an outcome (with the page it leads to, a path under the input as in <c>nav</c>).
/// </summary>
internal sealed record FlowStep(string Id, SourceLocation At, string Text, Located<string>? Yes, Located<string>? No, Located<string>? Page)
{
    public bool IsQuestion => Yes is not null || No is not null;
}
