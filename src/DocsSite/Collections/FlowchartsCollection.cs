using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pictures;
using DocsSite.Rendering;

namespace DocsSite.Collections;

/// <summary><c>flowcharts</c>: yes/no questions leading to outcomes that link to pages, drawn by <c>::flowchart{id="..."}</c>.</summary>
internal sealed class FlowchartsCollection() : ListCollection<Flowchart>("flowcharts", "flowchart", DiagnosticCodes.UnknownFlowchart, FlowchartReader.Read)
{
    public override void Validate(SiteData data, DiagnosticBag diagnostics)
    {
        foreach (var chart in Of(data).Values)
        {
            var byId = new Dictionary<string, FlowStep>(StringComparer.Ordinal);
            foreach (var step in chart.Steps)
                if (!byId.TryAdd(step.Id, step))
                    diagnostics.Add(DiagnosticCodes.DuplicateId, step.At, $"step of `{chart.Id}`", step.Id, byId[step.Id].At);
            var unknown = false;
            foreach (var answer in chart.Steps.SelectMany(s => new[] { s.Yes, s.No }).OfType<Yaml.Located<string>>().Where(a => !byId.ContainsKey(a.Value)))
            {
                unknown = true;
                diagnostics.Add(DiagnosticCodes.UnknownPicturePart, answer.At, "Flowchart", chart.Id, "step", answer.Value,
                    $"{Suggest.Hint(answer.Value, byId.Keys)} Its steps: {string.Join(", ", byId.Keys)}.");
            }
            if (unknown) continue;
            var (ladder, bad, why) = FlowLadder.Of(chart);
            if (ladder is null)
            {
                diagnostics.Add(DiagnosticCodes.PictureLayout, bad?.At ?? chart.At, "step", bad?.Id ?? chart.Id, why);
                continue;
            }
            foreach (var rung in ladder.Rungs)
            {
                if (FlowLadder.QuestionLines(rung.Question).Count > 4)
                    diagnostics.Add(DiagnosticCodes.PictureLabelTooLong, rung.Question.At, "question", rung.Question.Id, 4, "shorten it");
                if (FlowLadder.OutcomeLines(rung.Aside, FlowLadder.OutcomeWidth).Count > 4)
                    diagnostics.Add(DiagnosticCodes.PictureLabelTooLong, rung.Aside.At, "outcome", rung.Aside.Id, 4, "shorten it");
            }
        }
    }

    /// <summary>An outcome's page is named as in <c>nav</c> (<c>containers.md</c>, <c>glossary/</c>) and must exist.</summary>
    public override void Validate(SiteData data, SiteIndex index, DiagnosticBag diagnostics)
    {
        foreach (var page in Of(data).Values.SelectMany(c => c.Steps).Select(s => s.Page).OfType<Yaml.Located<string>>())
            if (index.NavPage(page.Value) is null)
                diagnostics.Add(DiagnosticCodes.BrokenLink, page.At, page.Value, "a flowchart outcome leads there, but there is no such page.");
    }

    public override IReadOnlyList<EmbedDescriptor> Embeds => field ??= [RecordEmbed("flowchart", "the flowchart's", FlowchartPicture.Render)];
}
