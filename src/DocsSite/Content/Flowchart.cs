using DocsSite.Diagnostics;

namespace DocsSite.Content;

/// <summary>
/// Yes/no questions leading to outcomes (<c>_data/flowcharts.yml</c>), drawn as a ladder: the questions
/// in the order listed, each with one branch to an outcome beside it and the other to the next question.
/// </summary>
internal sealed record Flowchart(string Id, SourceLocation At, string Title, string? Description, IReadOnlyList<FlowStep> Steps) : IRecord;
