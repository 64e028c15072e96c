using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

/// <summary>
/// A claim in our own words, with the figure prose may show and where it comes from.
/// <see cref="AsOf"/> is when the figure held; <see cref="Horizon"/> the date a forecast looks to.
/// </summary>
internal sealed record Fact(
    string Id,
    SourceLocation At,
    MarkdownText Claim,
    string? Value,
    string? AsOf,
    Located<string> Source,
    Located<string>? Original,
    string Locator,
    IReadOnlyList<string> Tags,
    MarkdownText? Note,
    string? Horizon = null) : IRecord
{
    /// <summary>What kind of claim: <c>measurement</c>, <c>estimate</c>, <c>forecast</c>, <c>event</c>, <c>statement</c>; null when unsaid.</summary>
    public Located<string>? ClaimKind { get; init; }

    /// <summary>The quantity a figure measures (<c>container-adoption-share</c>); facts of one topic and kind should agree.</summary>
    public Located<string>? Topic { get; init; }

    /// <summary>Facts a figure the site computed comes from; <see cref="Formula"/> says how, in words.</summary>
    public IReadOnlyList<Located<string>> DerivedFrom { get; init; } = [];

    public string? Formula { get; init; }

    /// <summary>Facts that size or date the same thing differently; both are shown wherever either is cited.</summary>
    public IReadOnlyList<Located<string>> DisagreesWith { get; init; } = [];

    /// <summary>The claim is about a moment in the past (a release, a paper): its age is part of it, so it is never dated.</summary>
    public bool Historical { get; init; }

    public bool IsForecast => ClaimKind?.Value == "forecast" || Tags.Contains("forecast");
}
