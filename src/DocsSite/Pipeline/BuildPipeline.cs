using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Pipeline.Steps;

namespace DocsSite.Pipeline;

/// <summary>Runs the steps in order. Every check runs even after errors, so one build reports every problem; only writing waits for a clean result.</summary>
internal static class BuildPipeline
{
    public static IReadOnlyList<IBuildStep> Steps { get; } =
    [
        new ReadSettings(),
        new ReadData(),
        new RunTogether(new ReadPages(), new LoadTheme()),
        new AddGeneratedPages(),
        new ReadHistory(),
        new IndexSite(),
        new PlanOutputs(),
        new ValidateData(),
        new ValidateMarkdownReferences(),
        new CheckClaims(),
        new CheckHtmlSafety(),
        new RenderPages(),
        new AddGeneratedFiles(),
        new ParseRenderedHtml(),
        new ResolveLinks(),
        new ReportUnused(),
        new WriteOutput(),
    ];

    /// <param name="finished">Sees the finished context (<c>serve</c> keeps it to re-render a single edited page).</param>
    /// <param name="surveyed">What the output held when the caller took its lock (<see cref="Output.OutputLock.Survey"/>).</param>
    public static BuildResult Run(BuildOptions options, Action<string, int, int>? progress = null, Action<BuildContext>? finished = null,
        Output.OutputSurvey? surveyed = null)
    {
        var diagnostics = new DiagnosticBag();
        var started = System.Diagnostics.Stopwatch.StartNew();
        if (!Directory.Exists(options.Input))
        {
            diagnostics.Add(DiagnosticCodes.InputNotFound, SourceLocation.WholeFile(options.Input),
                options.Input);
            return new BuildResult(diagnostics, 0, started.Elapsed, Written: false);
        }
        var context = new BuildContext(options, new InputFiles(options.Input, diagnostics), diagnostics)
        {
            Progress = progress,
            KeepsParsedPages = finished is not null,
            OutputSurvey = surveyed,
        };
        var timings = new List<StepTiming>();
        foreach (var step in Steps)
        {
            if (step is WriteOutput && options.Strict) diagnostics.PromoteWarnings();
            var stepStarted = started.Elapsed;
            var processorStarted = Environment.CpuUsage.TotalTime;
            var allocatedStarted = GC.GetTotalAllocatedBytes();
            var collected = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            try
            {
                step.Run(context);
            }
            catch (Exception e) when (!InternalErrors.IsReadFailure(e))
            {
                // Later steps would build on a half-done one: stop here, write nothing, name the file.
                diagnostics.Add(InternalErrors.Diagnose(e, step.Name, options.Input));
                break;
            }
            timings.Add(new StepTiming(step.Name, started.Elapsed - stepStarted, Environment.CpuUsage.TotalTime - processorStarted,
                GC.GetTotalAllocatedBytes() - allocatedStarted,
                (GC.CollectionCount(0) - collected.Item1, GC.CollectionCount(1) - collected.Item2, GC.CollectionCount(2) - collected.Item3)));
        }
        finished?.Invoke(context);
        return new BuildResult(diagnostics, context.Pages.Count(p => p.Kind != Pages.PageKind.NotFound && p.Indexed), started.Elapsed, options.Write && context.Rendered.Count > 0 && !diagnostics.HasErrors)
        {
            CollectExternalLinks = () => External.ExternalLinks.Collect(context),
            Timings = timings,
            ExternalIgnore = context.Settings.ExternalIgnore,
        };
    }
}
