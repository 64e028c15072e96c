using DocsSite.Content;

namespace DocsSite.Pictures;

/// <summary>
/// A flowchart as a ladder that fits a phone: its questions down the left in the order listed, each
/// with the branch to an outcome pointing right and the other branch pointing down to the next question;
/// the last question's second outcome sits below it.
/// </summary>
internal sealed record FlowLadder(IReadOnlyList<FlowLadder.Rung> Rungs)
{
    /// <param name="Aside">The outcome drawn beside the question, and the answer that leads there.</param>
    /// <param name="Below">The outcome drawn below the last question, if this is the last.</param>
    public sealed record Rung(FlowStep Question, string AsideAnswer, FlowStep Aside, string DownAnswer, FlowStep? Below);

    public const double Width = 360, QuestionWidth = 212, OutcomeX = 244, FontSize = 13, LineHeight = 16;

    public const double OutcomeWidth = Width - OutcomeX;

    /// <summary>The ladder, or the step that breaks it and why.</summary>
    public static (FlowLadder? Ladder, FlowStep? Bad, string? Why) Of(Flowchart chart)
    {
        var byId = chart.Steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var questions = chart.Steps.Where(s => s.IsQuestion).ToList();
        if (questions.Count == 0) return (null, chart.Steps.FirstOrDefault(), "is not a question, and a flowchart needs at least one");
        var rungs = new List<Rung>();
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var yes = byId.GetValueOrDefault(q.Yes!.Value.Value);
            var no = byId.GetValueOrDefault(q.No!.Value.Value);
            if (yes is null || no is null) return (null, q, null);
            var last = i == questions.Count - 1;
            if (last)
            {
                if (yes.IsQuestion || no.IsQuestion)
                    return (null, q, "is the last question listed, so both its answers must lead to outcomes");
                rungs.Add(new Rung(q, "Yes", yes, "No", no));
                continue;
            }
            var next = questions[i + 1];
            if (yes == next && !no.IsQuestion) rungs.Add(new Rung(q, "No", no, "Yes", null));
            else if (no == next && !yes.IsQuestion) rungs.Add(new Rung(q, "Yes", yes, "No", null));
            else
                return (null, q, $"must have one answer leading to the next question listed (`{next.Id}`) and the other to an outcome");
        }
        var used = rungs.SelectMany(r => new[] { r.Aside, r.Below }).OfType<FlowStep>().ToHashSet();
        if (chart.Steps.FirstOrDefault(s => !s.IsQuestion && !used.Contains(s)) is { } unused)
            return (null, unused, "is an outcome no answer leads to");
        return (new FlowLadder(rungs), null, null);
    }

    public static List<string> QuestionLines(FlowStep step) => SvgText.Wrap(step.Text, QuestionWidth - 16, FontSize);

    public static List<string> OutcomeLines(FlowStep step, double width) => SvgText.Wrap(step.Text, width - 18, FontSize);
}
