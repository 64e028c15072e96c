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
        var offenders = Prose().Where(p => Digit().IsMatch(p.Text)).Select(p => $"{p.Where}: {p.Text}").ToList();
        Assert.True(offenders.Count == 0, "Numbers in prose must be facts ([=fact-id]):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void No_run_of_eight_words_is_copied_from_a_source()
    {
        var sources = EightWordRuns.ReadFingerprint(Path.Combine(Repo.Root, "tests", "DocsSite.Tests", "Content", "source-runs.txt"));
        Assert.True(sources.Count > 5000, $"The fingerprint holds only {sources.Count} runs.");
        // The second edition's project documentation (Firecracker, gVisor, Kata, Cloud Hypervisor) is guarded the same way.
        var projectDocs = EightWordRuns.ReadFingerprint(Path.Combine(Repo.Root, "tests", "DocsSite.Tests", "Content", "project-docs-runs.txt"));
        Assert.True(projectDocs.Count > 20000, $"The project-docs fingerprint holds only {projectDocs.Count} runs.");
        sources.UnionWith(projectDocs);
        var copied = Prose().GroupBy(p => p.Where).SelectMany(g => EightWordRuns.Of(string.Join(' ', g.Select(p => p.Text)))
            .Where(run => sources.Contains(EightWordRuns.Hash(run))).Select(run => $"{g.Key}: \"{run}\"")).Distinct().ToList();
        Assert.True(copied.Count == 0, "Copied from a source:\n" + string.Join('\n', copied));
    }

    [Fact]
    public void Prose_is_the_text_a_reader_reads_as_sentences()
    {
        var document = Markdig.Markdown.Parse(
            "Read [the guide](guide.md) at https://example.org/v2 or <https://example.org/3>, run `top 1`, see [[kernel]] [@fact-a].",
            DocsSite.Markdown.MarkdownPipelines.Site);
        Assert.Equal(["Read ", "the guide", " at ", " or ", ", run ", ", see ", "."], Literals(document));
    }

    /// <summary>The words a reader sees, without code, link targets, term links, citations and fact values.</summary>
    private static IEnumerable<(string Where, string Text)> Prose()
    {
        foreach (var path in Input.Pages())
        {
            var document = Markdig.Markdown.Parse(Input.ReadText(path), DocsSite.Markdown.MarkdownPipelines.Site);
            foreach (var text in Literals(document)) yield return (path, text);
        }
        IEnumerable<(string, DocsSite.Yaml.MarkdownText?)> fields =
        [
            .. Data.Definitions.Values.Select(d => ("definition " + d.Id, d.Body)),
            .. Data.Faq.Values.Select(q => ("faq " + q.Id, q.Answer)),
            .. Data.Analogies.Values.SelectMany(a => new[] { ("analogy " + a.Id, a.Body), ("analogy " + a.Id, a.BreaksDown) }),
            .. Data.Comparison.Dimensions.SelectMany(d => d.Cells.Select(c => ("dimension " + d.Id, (DocsSite.Yaml.MarkdownText?)c.Value)).Append(("dimension " + d.Id, d.Note))),
        ];
        foreach (var (where, field) in fields)
        {
            if (field is null) continue;
            foreach (var text in Literals(Markdig.Markdown.Parse(field.Text, DocsSite.Markdown.MarkdownPipelines.Site))) yield return (where, text);
        }
        foreach (var d in Data.Definitions.Values) yield return ("definition " + d.Id, d.Short);
        foreach (var q in Data.Faq.Values) yield return ("faq " + q.Id, q.Question);
    }

    /// <summary>
    /// Literal text, except the text of a bare URL (its target, shown as is). Code, term
    /// links, citations and fact values are leaf inlines, so they hold no literals at all.
    /// </summary>
    private static IEnumerable<string> Literals(MarkdownDocument document) =>
        document.Descendants<LiteralInline>()
            .Where(l => l.FirstParentOfType<LinkInline>() is not { IsAutoLink: true })
            .Select(l => l.Content.ToString())
            .Where(t => t.Trim().Length > 0);

    [GeneratedRegex("[0-9]")]
    private static partial Regex Digit();
}
