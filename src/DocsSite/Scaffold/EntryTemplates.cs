namespace DocsSite.Scaffold;

/// <summary>
/// The text of a new entry: every required field, left blank so that <c>check</c> names
/// each one until it is filled, with a comment saying what belongs there.
/// </summary>
internal static class EntryTemplates
{
    /// <param name="indent">Spaces before the item's dash (2 for comparison dimensions).</param>
    /// <param name="technologies">The comparison's technology ids, one cell each (dimensions only).</param>
    public static IReadOnlyList<string> Record(EntryKind kind, string id, int indent, IReadOnlyList<string> technologies)
    {
        (string Field, string Blank, string Comment)[] fields = kind.Name switch
        {
            "definition" =>
            [
                ("term", "\"\"", "the term as it reads mid-sentence: `hypervisor`, `virtual machine`, but `Docker`"),
                ("short", "\"\"", "one sentence, shown in tooltips and lists"),
            ],
            "fact" =>
            [
                ("claim", "\"\"", "the fact in your own words (Markdown); never a copied sentence"),
                ("source", "\"\"", "id of the source you read it in (_data/sources.yml)"),
                ("locator", "\"\"", "where in the source: the section heading or paragraph"),
            ],
            "source" =>
            [
                ("title", "\"\"", "the work's title as published; add url, publisher, author, date when known"),
            ],
            "faq" =>
            [
                ("question", "\"\"", "the question as a reader would ask it"),
                ("answer", "\"\"", "the answer (Markdown), citing facts with [@fact-id]"),
            ],
            "analogy" =>
            [
                ("title", "\"\"", "a short name for the picture"),
                ("compares", "[]", "definition ids of what it explains"),
                ("mapping", "", "pairs: an everyday thing and the technical idea it stands for"),
                ("body", "\"\"", "the analogy told (Markdown)"),
                ("breaks_down", "\"\"", "where the picture stops being true (Markdown)"),
            ],
            "dimension" =>
            [
                ("name", "\"\"", "the row heading in the comparison table"),
                ("group", "\"\"", "a group id from `groups` above"),
                ("cells", "", "one cell per technology, each citing at least one fact"),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Name, "Not a data entry."),
        };
        var pad = new string(' ', indent);
        var width = fields.Max(f => f.Field.Length + 2 + f.Blank.Length) + 2;
        var lines = new List<string> { $"{pad}- id: {id}" };
        foreach (var (field, blank, comment) in fields)
        {
            var text = blank.Length > 0 ? $"{field}: {blank}" : $"{field}:";
            lines.Add($"{pad}  {text.PadRight(width)}# {comment}");
            if (field == "mapping")
            {
                lines.Add($"{pad}    - everyday: \"\"");
                lines.Add($"{pad}      technical: \"\"");
            }
            if (field == "cells")
                lines.AddRange(technologies.Select(t => $"{pad}    {t}: {{ value: \"\", facts: [] }}"));
        }
        return lines;
    }

    public static string Page() =>
        """
        ---
        title: ""        # the page's title, shown as its heading and in the browser tab
        description: ""  # one sentence for search results and link previews
        ---

        <!-- Write the page here, in your own words, citing a fact for every claim.
             CONTRIBUTING.md shows how to link pages, glossary terms and facts. -->

        """;
}
