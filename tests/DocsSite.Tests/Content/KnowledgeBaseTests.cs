using System.Text.RegularExpressions;
using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Tests.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Tests.Content;

/// <summary>The knowledge base in input/ meets its minimums, and its prose is ours and cites its figures.</summary>
public sealed partial class KnowledgeBaseTests
{
    private static readonly InputFiles Input = new(Repo.Input);
    private static readonly SiteData Data = DataLoader.Load(Input, new DiagnosticBag());

    [Fact]
    public void Has_the_minimum_number_of_each_kind_of_record()
    {
        Assert.True(Data.Sources.Count >= 10, $"sources: {Data.Sources.Count}");
        Assert.True(Data.Facts.Count >= 40, $"facts: {Data.Facts.Count}");
        Assert.True(Data.Definitions.Count >= 40, $"definitions: {Data.Definitions.Count}");
        Assert.True(Data.Analogies.Count >= 6, $"analogies: {Data.Analogies.Count}");
        Assert.True(Data.Comparison.Dimensions.Count >= 25, $"dimensions: {Data.Comparison.Dimensions.Count}");
        Assert.True(Data.Comparison.Groups.Count >= 7, $"groups: {Data.Comparison.Groups.Count}");
        Assert.True(Data.Faq.Count >= 25, $"faq: {Data.Faq.Count}");
        var articles = Input.Pages().Count(p => p != "index.md");
        Assert.True(articles >= 10, $"articles: {articles}");
    }

    [Fact]
    public void Every_fact_has_a_source_and_every_comparison_cell_a_fact()
    {
        Assert.All(Data.Facts.Values, f => Assert.True(Data.Sources.ContainsKey(f.Source.Value), f.Id));
        Assert.All(Data.Comparison.Dimensions, d =>
        {
            Assert.Equal(Data.Comparison.Technologies.Count, d.Cells.Count);
            Assert.All(d.Cells, c => Assert.NotEmpty(c.Facts));
        });
    }

    [Fact]
    public void Every_named_required_term_and_analogy_is_present()
    {
        string[] terms = ["virtual-machine", "container", "hypervisor", "type-1-hypervisor", "type-2-hypervisor", "host-machine",
            "guest-machine", "kernel", "namespaces", "cgroups", "container-image", "container-runtime", "container-engine",
            "orchestrator", "kubernetes", "microservices", "snapshot", "bare-metal", "iaas", "ci-cd", "devsecops"];
        Assert.All(terms, t => Assert.True(Data.Definitions.ContainsKey(t), t));
        Assert.True(Data.Analogies.ContainsKey("houses-and-apartments"));
        Assert.True(Data.Analogies.ContainsKey("spacesuit-and-terraforming"));
    }

    [Fact]
    public void Prose_has_no_number_typed_by_hand()
    {
        var offenders = Prose().Where(p => Digit().IsMatch(p.Text)).Select(p => $"{p.Where}:{p.Line}: {p.Text}").ToList();
        Assert.True(offenders.Count == 0, "Numbers in prose must be facts ([=fact-id]):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void No_run_of_eight_words_is_copied_from_a_source()
    {
        var seeds = EightWordRuns.ReadFingerprint(Path.Combine(ContentTests, "source-runs.txt"));
        Assert.True(seeds.Count > 5000, $"The seed fingerprint holds only {seeds.Count} runs.");
        // Every other source whose text could be had (cited-sources.tsv says which and what was read).
        var cited = EightWordRuns.ReadFingerprint(Path.Combine(ContentTests, "cited-source-runs.txt"));
        Assert.True(cited.Count > 100000, $"The cited-source fingerprint holds only {cited.Count} runs.");
        seeds.UnionWith(cited);
        // The Firecracker, gVisor, Kata and Cloud Hypervisor pages as read in August 2026, when the articles citing them
        // were written (cited-source-runs.txt holds their current text too).
        var projectDocs = EightWordRuns.ReadFingerprint(Path.Combine(ContentTests, "project-docs-runs.txt"));
        Assert.True(projectDocs.Count > 20000, $"The project-docs fingerprint holds only {projectDocs.Count} runs.");
        seeds.UnionWith(projectDocs);
        var copied = CopiedRuns(Prose(withRecords: true), seeds);
        Assert.True(copied.Count == 0, "Copied from a source (rewrite in your own words):\n" + string.Join('\n', copied));
    }

    [Fact]
    public void A_copied_run_is_reported_with_its_page_line_and_words()
    {
        var fingerprint = EightWordRuns.Of("The quick brown fox jumps over the lazy dog.").Select(EightWordRuns.Hash).ToHashSet();
        (string, int, string)[] prose =
        [
            ("a.md", 3, "Nothing here comes from the source at all, not one word of it."),
            ("b.md", 7, "As they say, the quick brown fox "),
            ("b.md", 8, "jumps over the lazy dog every day."),
        ];
        Assert.Equal(["b.md:7: \"the quick brown fox jumps over the lazy\"", "b.md:7: \"quick brown fox jumps over the lazy dog\""],
            CopiedRuns(prose, fingerprint));
    }

    [Fact]
    public void Every_source_is_fingerprinted_or_listed_as_unobtainable()
    {
        var cited = SourceLists.Read(Path.Combine(ContentTests, "cited-sources.tsv"), 3);
        var unobtainable = SourceLists.Read(Path.Combine(ContentTests, "unobtainable-sources.tsv"), 2);
        var fingerprinted = cited.Select(r => r.Fields[0]).ToHashSet(StringComparer.Ordinal);
        var missing = unobtainable.Select(r => r.Fields[0]).ToHashSet(StringComparer.Ordinal);

        var neither = Data.Sources.Keys.Where(id => !fingerprinted.Contains(id) && !missing.Contains(id)).Order(StringComparer.Ordinal).ToList();
        Assert.True(neither.Count == 0, "Sources neither fingerprinted (cited-sources.tsv) nor listed as unobtainable (unobtainable-sources.tsv):\n"
            + string.Join('\n', neither));
        var both = fingerprinted.Intersect(missing).ToList();
        Assert.True(both.Count == 0, "Both fingerprinted and listed as unobtainable: " + string.Join(", ", both));
        var unknown = cited.Select(r => ("cited-sources.tsv", r.Line, r.Fields[0])).Concat(unobtainable.Select(r => ("unobtainable-sources.tsv", r.Line, r.Fields[0])))
            .Where(r => !Data.Sources.ContainsKey(r.Item3)).Select(r => $"{r.Item1}:{r.Line}: no source '{r.Item3}' in input/_data").ToList();
        Assert.True(unknown.Count == 0, string.Join('\n', unknown));
        var files = cited.Select(r => r.Fields[1]).Distinct().Where(f => !File.Exists(Path.Combine(ContentTests, f))).ToList();
        Assert.True(files.Count == 0, "Fingerprint files named in cited-sources.tsv but absent: " + string.Join(", ", files));
    }

    private static string ContentTests => Path.Combine(Repo.Root, "tests", "DocsSite.Tests", "Content");

    /// <summary>"where:line: \"run\"" for each run whose hash is in the fingerprint; pieces of one place are read as one text.</summary>
    private static List<string> CopiedRuns(IEnumerable<(string Where, int Line, string Text)> prose, HashSet<string> fingerprint) =>
        prose.GroupBy(p => p.Where)
            .SelectMany(g => EightWordRuns.OfLines(g.Select(p => (p.Text, p.Line)))
                .Where(r => fingerprint.Contains(EightWordRuns.Hash(r.Run))).Select(r => $"{g.Key}:{r.Line}: \"{r.Run}\""))
            .Distinct().ToList();

    [Fact]
    public void Prose_is_the_text_a_reader_reads_as_sentences()
    {
        var document = Markdig.Markdown.Parse(
            "Read [the guide](guide.md) at https://example.org/v2 or <https://example.org/3>, run `top 1`, see [[kernel]] [@fact-a].",
            DocsSite.Markdown.MarkdownPipelines.Site);
        Assert.Equal(["Read ", "the guide", " at ", " or ", ", run ", ", see ", "."], Literals(document));
    }

    /// <summary>
    /// The words a reader sees, without code, link targets, term links, citations and fact values, with their file and
    /// 1-based line; <paramref name="withRecords"/> adds the claims and notes of facts and sources (shown on the
    /// sources page, and where a source's words are most likely to creep in).
    /// </summary>
    private static IEnumerable<(string Where, int Line, string Text)> Prose(bool withRecords = false)
    {
        foreach (var path in Input.Pages())
        {
            var document = Markdig.Markdown.Parse(Input.ReadText(path), DocsSite.Markdown.MarkdownPipelines.Site);
            foreach (var literal in LiteralInlines(document)) yield return (path, literal.Line + 1, literal.Content.ToString());
        }
        IEnumerable<(string, DocsSite.Yaml.MarkdownText?)> fields =
        [
            .. Data.Definitions.Values.Select(d => ("definition " + d.Id, d.Body)),
            .. Data.Faq.Values.Select(q => ("faq " + q.Id, q.Answer)),
            .. Data.Analogies.Values.SelectMany(a => new[] { ("analogy " + a.Id, a.Body), ("analogy " + a.Id, a.BreaksDown) }),
            .. Data.Comparison.Dimensions.SelectMany(d => d.Cells.Select(c => ("dimension " + d.Id, (DocsSite.Yaml.MarkdownText?)c.Value)).Append(("dimension " + d.Id, d.Note))),
        ];
        foreach (var (record, field) in fields)
        {
            if (field is null) continue;
            foreach (var literal in LiteralInlines(Markdig.Markdown.Parse(field.Text, DocsSite.Markdown.MarkdownPipelines.Site)))
            {
                var at = field.Map(literal.Line, literal.Column);
                yield return ($"{at.File} ({record})", at.Line, literal.Content.ToString());
            }
        }
        if (withRecords)
        {
            // A fact's claim and note and a source's notes may quote a title or a sentence they discuss, in quotation
            // marks; the quotation is attributed, so only the words outside quotation marks must be ours.
            IEnumerable<(string, DocsSite.Yaml.MarkdownText?)> records =
            [
                .. Data.Facts.Values.SelectMany(f => new[] { ("fact " + f.Id, (DocsSite.Yaml.MarkdownText?)f.Claim), ("fact " + f.Id, f.Note) }),
                .. Data.Sources.Values.Select(s => ("source " + s.Id, s.Notes)),
            ];
            foreach (var (record, field) in records)
            {
                if (field is null) continue;
                var quoted = false;
                foreach (var literal in LiteralInlines(Markdig.Markdown.Parse(field.Text, DocsSite.Markdown.MarkdownPipelines.Site)))
                {
                    var at = field.Map(literal.Line, literal.Column);
                    yield return ($"{at.File} ({record})", at.Line, Unquoted(literal.Content.ToString(), ref quoted));
                }
            }
        }
        foreach (var d in Data.Definitions.Values) yield return ($"{d.At.File} (definition {d.Id})", d.At.Line, d.Short);
        foreach (var q in Data.Faq.Values) yield return ($"{q.At.File} (faq {q.Id})", q.At.Line, q.Question);
    }

    /// <summary>The text with what stands inside quotation marks blanked; <paramref name="quoted"/> carries an open quotation on to the next piece.</summary>
    private static string Unquoted(string text, ref bool quoted)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is '"' or '\u201C' or '\u201D')
            {
                quoted = c switch { '\u201C' => true, '\u201D' => false, _ => !quoted };
                chars[i] = ' ';
            }
            else if (quoted)
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// Literal text, except the text of a bare URL (its target, shown as is). Code, term
    /// links, citations and fact values are leaf inlines, so they hold no literals at all.
    /// </summary>
    private static IEnumerable<string> Literals(MarkdownDocument document) => LiteralInlines(document).Select(l => l.Content.ToString());

    private static IEnumerable<LiteralInline> LiteralInlines(MarkdownDocument document) =>
        document.Descendants<LiteralInline>()
            .Where(l => l.FirstParentOfType<LinkInline>() is not { IsAutoLink: true })
            .Where(l => l.Content.ToString().Trim().Length > 0);

    [GeneratedRegex("[0-9]")]
    private static partial Regex Digit();
}
