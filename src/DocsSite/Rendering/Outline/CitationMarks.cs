using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocsSite.Rendering.Outline;

/// <summary>
/// Tidies a page's citation markers once the whole body is drawn: markers side by side (an
/// inline fact value and its cell's facts) become one group, each number once and in order;
/// the group sticks to the word before it; each marker gets an id that the page's reference list
/// and the fact's ledger entry link back to. A marker keeps its href (the fact's ledger entry).
/// </summary>
internal static partial class CitationMarks
{
    /// <returns>The HTML, and for each reference number the ids of the markers that cite it, in page order.</returns>
    public static (string Html, IReadOnlyDictionary<int, IReadOnlyList<string>> Places) Tidy(string html)
    {
        var places = new Dictionary<int, List<string>>();
        var tidy = Run().Replace(html, run =>
        {
            // Each marker keeps its link and what was written after it (a "dated" note), once per number.
            var marks = new SortedDictionary<int, (string Href, string Extra)>();
            foreach (Match m in Marker().Matches(run.Value))
                marks.TryAdd(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), (m.Groups["href"].Value, m.Groups["extra"].Value));
            var sb = new StringBuilder("<sup class=\"cite\">");
            var first = true;
            foreach (var (n, (href, extra)) in marks)
            {
                if (!places.TryGetValue(n, out var ids)) places[n] = ids = [];
                var id = PlaceId(n, ids.Count + 1);
                ids.Add(id);
                sb.Append(first ? "" : ",").Append(CultureInfo.InvariantCulture,
                    $"<a id=\"{id}\" href=\"{href}\" aria-label=\"Reference {n}\">[{n}]</a>").Append(extra);
                first = false;
            }
            return sb.Append("</sup>").ToString();
        });
        return (tidy, places.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));
    }

    /// <summary>The id of the <paramref name="k"/>th place on a page citing reference <paramref name="number"/>.</summary>
    public static string PlaceId(int number, int k) => string.Create(CultureInfo.InvariantCulture, $"cite-{number}-{k}");

    /// <summary>Markers next to each other, with the spaces before them (a space would let the group wrap away from its word).</summary>
    [GeneratedRegex("[ \\t\\r\\n]*<sup class=\"cite\">(?:(?!</sup>).)*</sup>(?:[ \\t\\r\\n]*<sup class=\"cite\">(?:(?!</sup>).)*</sup>)*", RegexOptions.Singleline)]
    private static partial Regex Run();

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\" aria-label=\"Reference (?<n>\\d+)\">\\[\\d+\\]</a>(?<extra>.*?)(?=,<a href=\"|</sup>)", RegexOptions.Singleline)]
    private static partial Regex Marker();
}
