using DocsSite.Data;

namespace DocsSite.Pipeline.Steps;

internal sealed class ReadData : IBuildStep
{
    public string Name => "Reading data";

    public void Run(BuildContext context)
    {
        context.Data = DataLoader.Load(context.Input, context.Diagnostics);
        context.DataMarkdown = DataMarkdown.ParseAll(context.Data, context.Diagnostics);
    }
}
