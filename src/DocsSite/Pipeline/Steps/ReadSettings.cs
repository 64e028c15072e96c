using DocsSite.Data;

namespace DocsSite.Pipeline.Steps;

internal sealed class ReadSettings : IBuildStep
{
    public string Name => "Reading settings";

    public void Run(BuildContext context)
    {
        var settings = InternalErrors.For(SiteSettingsReader.FileName, () =>
            Navigation.CorpusNav.Apply(SiteSettingsReader.Read(context.Input, context.Diagnostics), context.Input, context.Options.IncludeFrom));
        context.Settings = context.Options.BaseUrl is { } baseUrl ? settings with { BaseUrl = baseUrl } : settings;
        context.Diagnostics.Overrides = settings.Severities;
    }
}
