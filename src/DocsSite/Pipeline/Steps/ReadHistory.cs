namespace DocsSite.Pipeline.Steps;

/// <summary>When each input file last changed, from one <c>git log</c> when the input is in a git checkout (<see cref="History.GitHistory"/>).</summary>
internal sealed class ReadHistory : IBuildStep
{
    public string Name => "Reading history";

    public void Run(BuildContext context) => context.History = History.GitHistory.Read(context.Options.Input);
}
