namespace DocsSite.Links;

/// <summary>A URL found in final HTML: the element and attribute it came from, and its line in the output.</summary>
internal sealed record HtmlLink(string Element, string Attribute, string Url, int OutputLine);
