using System.Runtime.ExceptionServices;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Steps that neither read nor write what the other does, run at the same time: compiling the theme is
/// one thread's work, and the pages leave room beside it while they are read (files, parsing, front matter).
/// </summary>
internal sealed class RunTogether(params IBuildStep[] steps) : IBuildStep
{
    public IReadOnlyList<IBuildStep> Steps { get; } = steps;

    public string Name { get; } = string.Join(" + ", steps.Select(s => s.Name));

    public void Run(BuildContext context)
    {
        // Threads of their own: a step holding a pool thread for its whole length would leave the
        // parallel loops of the others one worker short until the pool noticed and added one.
        var others = Steps.Skip(1).Select(step => Task.Factory.StartNew(() => step.Run(context), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        Exception? first = null;
        try
        {
            Steps[0].Run(context);
        }
        catch (Exception e)
        {
            first = e;
        }
        foreach (var other in others)
        {
            try
            {
                other.GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                first ??= e;
            }
        }
        // The first failure, as if the steps had run one after the other.
        if (first is not null) ExceptionDispatchInfo.Throw(first);
    }
}
