namespace DocsSite.Pipeline;

/// <summary>One stage of the build: read, validate, render, check or write.</summary>
internal interface IBuildStep
{
    string Name { get; }

    void Run(BuildContext context);
}
