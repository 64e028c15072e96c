using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocsSite.Rendering.Outline;

/// <summary>
/// Tidies a page's citation markers once the whole body is drawn: markers side by side (an
/// inline fact value and its cell's facts) become one group, each number once and in order;
/// the group sticks to the word before it; each marker gets an id the reference list links back to.
/// </summary>
internal static partial class CitationMarks
{
    /// <returns>The HTML, and for each reference number the ids of the markers that cite it, in page order.</returns>
    public static (string Html, IReadOnlyDictionary<int, IReadOnlyList<string>> Places) Tidy(string html)
    {
        var places = new Dictionary<int, List<string>>();
        // Most pages of most sites cite nothing; the pattern's leading spaces make its search slow.
        if (!html.Contains("<sup class=\"cite\">", StringComparison.Ordinal)) return (html, new Dictionary<int, IReadOnlyList<string>>());
        var tidy = Run().Replace(html, run =>
        {
            // Each marker keeps what was written after it (a "dated" note), once per number.
            var marks = new SortedDictionary<int, string>();
            foreach (Match m in Marker().Matches(run.Value))
                marks.TryAdd(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["extra"].Value);
            var sb = new StringBuilder("<sup class=\"cite\">");
            var first = true;
            foreach (var (n, extra) in marks)
            {
                if (!places.TryGetValue(n, out var ids)) places[n] = ids = [];
                var id = $"cite-{n}-{ids.Count + 1}";
                ids.Add(id);
                sb.Append(first ? "" : ",").Append(CultureInfo.InvariantCulture,
                    $"<a id=\"{id}\" href=\"#ref-{n}\" aria-label=\"Reference {n}\">[{n}]</a>").Append(extra);
                first = false;
            }
            return sb.Append("</sup>").ToString();
        });
        return (tidy, places.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));
    }

    /// <summary>Markers next to each other, with the spaces before them (a space would let the group wrap away from its word).</summary>
    [GeneratedRegex("[ \\t\\r\\n]*<sup class=\"cite\">(?:(?!</sup>).)*</sup>(?:[ \\t\\r\\n]*<sup class=\"cite\">(?:(?!</sup>).)*</sup>)*", RegexOptions.Singleline)]
    private static partial Regex Run();

    [GeneratedRegex("<a href=\"#ref-(?<n>\\d+)\"[^>]*>\\[\\d+\\]</a>(?<extra>.*?)(?=,<a href=\"#ref-|</sup>)", RegexOptions.Singleline)]
    private static partial Regex Marker();
}
