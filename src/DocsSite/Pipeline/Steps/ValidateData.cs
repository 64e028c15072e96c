using DocsSite.Collections;
using DocsSite.Diagnostics;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Checks every reference between data records (a fact's source, a cell's facts...) against
/// the ids each collection offers, then each collection's own rules.
/// </summary>
internal sealed class ValidateData : IBuildStep
{
    public string Name => "Validating data";

    public void Run(BuildContext context)
    {
        var data = context.Data;
        var spaces = IdSpaces.Of(data);
        foreach (var collection in SiteCollections.All)
        {
            foreach (var reference in collection.References(data))
                spaces.Resolve(reference.Kind, reference.Id, context.Diagnostics);
            collection.Validate(data, context.Diagnostics);
            if (context.Index is { } index) collection.Validate(data, index, context.Diagnostics);
        }
    }
}
