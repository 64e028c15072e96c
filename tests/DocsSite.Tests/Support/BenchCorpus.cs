using System.Text;

namespace DocsSite.Tests.Support;

/// <summary>
/// The benchmark corpus of ../shared/bench/make-corpus.py, written in C# so the tests
/// need neither Python nor the shared folder. A seed gives the script's files byte for
/// byte: pages of CommonMark with front matter in sections of 100 (content/sNN/pNNNNN.md)
/// linking to each other, with <c>broken</c> links planted at random and listed in
/// expected-broken.tsv (file, line, target). The draws from <see cref="PythonRandom"/>
/// follow the script's statements in order; change neither without the other.
/// </summary>
internal static class BenchCorpus
{
    private const int Headings = 5;

    private static readonly string[] Words =
        ("kernel hypervisor guest host image layer namespace cgroup snapshot runtime "
         + "isolation overhead portable lightweight orchestrator cluster node volume network "
         + "bridge registry template workload instance boot memory processor storage driver "
         + "scheduler service replica deploy rollback migrate consolidate emulate partition "
         + "abstraction dependency library binary configuration footprint density security").Split(' ');

    /// <summary>Writes the corpus under <paramref name="root"/> and returns the path of its truth file.</summary>
    public static string Write(string root, int pages, int broken = 0, long seed = 1)
    {
        var r = new PythonRandom(seed);
        var brokenAt = r.SampleRange(pages, Math.Min(broken, pages)).ToHashSet();
        var rows = new StringBuilder("file\tline\ttarget\n");
        for (var i = 0; i < pages; i++)
        {
            var folder = Path.Combine(root, "content", Section(i));
            Directory.CreateDirectory(folder);
            var title = $"{Capitalize(r.Choice(Words))} {r.Choice(Words)} {i}";
            var lines = new List<string> { "---", $"title: \"{title}\"" };
            lines.Add($"description: \"{Sentence(r, 10)}\"");
            lines.Add($"tags: [{r.Choice(Words)}, {r.Choice(Words)}]");
            lines.AddRange([$"weight: {i % 100}", "---", "", Paragraph(r), ""]);
            for (var h = 1; h <= Headings; h++)
            {
                lines.AddRange([$"## Heading {h}", "", Paragraph(r), ""]);
                var links = new List<string>();
                for (var k = 0; k < 2; k++)
                {
                    var j = r.RandBelow(pages);
                    var fragment = r.Random() < 0.4 ? $"#heading-{r.RandInt(1, Headings)}" : "";
                    links.Add($"[{r.Choice(Words)} {j}]({Relative(i, j)}{fragment})");
                }
                if (h == 2) links.Add("[back to heading 1](#heading-1)");
                lines.AddRange(["See " + string.Join(", ", links) + ".", ""]);
                if (h == 3)
                {
                    for (var k = 0; k < 4; k++) lines.Add("- " + Sentence(r, 6));
                    lines.AddRange(["", "| Aspect | Virtual machine | Container |", "| --- | --- | --- |"]);
                    for (var k = 0; k < 4; k++) lines.Add($"| {r.Choice(Words)} | {r.Choice(Words)} | {r.Choice(Words)} |");
                    lines.Add("");
                }
                if (h == 4) lines.AddRange(["```sh", $"docker run --rm {r.Choice(Words)}:{i}", "```", ""]);
                if (h == 5 && brokenAt.Contains(i))
                {
                    var j = r.RandBelow(pages);
                    var target = r.Random() < 0.5 ? $"../{Section(j)}/missing-{j}.md" : Relative(i, j) + "#no-such-heading";
                    lines.AddRange([$"This [broken link]({target}) is here on purpose.", ""]);
                    rows.Append($"content/{Section(i)}/{Name(i)}.md\t{lines.Count - 1}\t{target}\n");
                }
            }
            File.WriteAllText(Path.Combine(folder, Name(i) + ".md"), string.Join('\n', lines));
        }
        var truth = Path.Combine(root, "expected-broken.tsv");
        File.WriteAllText(truth, rows.ToString());
        return truth;
    }

    private static string Section(int i) => $"s{i / 100:D2}";

    private static string Name(int i) => $"p{i:D5}";

    private static string Relative(int from, int to) =>
        Section(to) == Section(from) ? $"{Name(to)}.md" : $"../{Section(to)}/{Name(to)}.md";

    private static string Sentence(PythonRandom r, int words = 0)
    {
        var count = words > 0 ? words : r.RandInt(8, 18);
        var chosen = new string[count];
        for (var k = 0; k < count; k++) chosen[k] = r.Choice(Words);
        return Capitalize(string.Join(' ', chosen)) + ".";
    }

    private static string Paragraph(PythonRandom r)
    {
        var count = r.RandInt(3, 6);
        var sentences = new string[count];
        for (var k = 0; k < count; k++) sentences[k] = Sentence(r);
        return string.Join(' ', sentences);
    }

    // The words are lower-case ASCII, so Python's str.capitalize() only raises the first letter.
    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
