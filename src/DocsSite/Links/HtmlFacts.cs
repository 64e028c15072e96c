namespace DocsSite.Links;

/// <summary>What the final HTML of one page holds: the ids (and a[name]s) it renders, and every URL it links to.</summary>
internal sealed record HtmlFacts(IReadOnlySet<string> Ids, IReadOnlyList<HtmlLink> Links);
