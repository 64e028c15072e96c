using DocsSite.Content;

namespace DocsSite.Claims;

/// <summary>
/// How old a fact is: from its <c>as_of</c>, or else its source's <c>date</c>. A fact older than
/// <c>stale_after_years</c> (site.yml, default 5) is dated, unless it is <c>historical</c>:
/// a claim about a moment in the past does not go out of date.
/// </summary>
internal sealed class Staleness(DateOnly today, int years)
{
    public const int DefaultYears = 5;

    public DateOnly Today { get; } = today;

    public int Years { get; } = years;

    /// <summary>The date the fact's age counts from, as written: its as_of, or its source's date.</summary>
    public static string? DateOf(Fact fact, SiteData data) =>
        fact.AsOf ?? data.Sources.GetValueOrDefault(fact.Source.Value)?.Date;

    /// <summary>The year to show as "dated YEAR", or null when the fact is current, undated or historical.</summary>
    public int? DatedYear(Fact fact, SiteData data)
    {
        if (fact.Historical) return null;
        var date = DateOf(fact, data);
        if (ClaimDate.End(date) is not { } end) return null;
        return end.AddYears(Years) < Today ? ClaimDate.Year(date) : null;
    }
}
