using System.Globalization;
using DocsSite.Claims;
using DocsSite.Diagnostics;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Checks that claims a reader sees can be checked: facts older than the site's threshold (dated),
/// and numbers in prose that no fact stands behind.
/// </summary>
internal sealed class CheckClaims : IBuildStep
{
    public string Name => "Checking claims";

    public void Run(BuildContext context)
    {
        if (context.Index is not { } site) return;
        var staleness = site.Staleness;
        var today = staleness.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var fact in context.Data.Facts.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            if (staleness.DatedYear(fact, context.Data) is not { } year) continue;
            var from = fact.AsOf is not null ? "its as_of" : "its source's date";
            context.Diagnostics.Add(DiagnosticCodes.DatedFact, fact.At,
                fact.Id, year, from, staleness.Years, today);
        }
        // Only a site that keeps facts can ask its prose to cite them: other people's Markdown builds unchanged.
        if (context.Data.Facts.Count > 0) NumberLint.Run(context.Pages, context.Data, context.DataMarkdown, context.Diagnostics);
    }
}
