using System.Text.Json;
using System.Text.Json.Nodes;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;
using Json.Schema;

namespace DocsSite.Tests.Claims;

/// <summary>The JSON exports of the real site follow their published schemas; llms.txt lists the pages.</summary>
public sealed class OpenDataTests : IClassFixture<OpenDataTests.RealSite>
{
    private readonly RealSite _site;

    public OpenDataTests(RealSite site) => _site = site;

    public static TheoryData<string> Collections => new() { "facts", "sources", "definitions", "faq", "analogies", "comparison" };

    [Theory]
    [MemberData(nameof(Collections))]
    public void Every_export_is_valid_against_its_schema(string name)
    {
        var schema = Schema(name);
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "data", name + ".json")));
        var result = schema.Evaluate(data.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join('\n', (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
    }

    [Fact]
    public void The_schema_rejects_a_record_that_breaks_the_contract()
    {
        var schema = Schema("facts");
        using var bad = JsonDocument.Parse("""[{ "id": "Not An Id", "claim": "x", "source": "s", "locator": "l", "as_of": "May 2020" }]""");
        var result = schema.Evaluate(bad.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(result.IsValid, JsonSerializer.Serialize(result));
    }

    // JsonSchema.Net registers each schema by its $id once per process, so each is read once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new();

    private JsonSchema Schema(string name) =>
        Schemas.GetOrAdd(name, n => JsonSchema.FromText(File.ReadAllText(Path.Combine(_site.Output, "data", n + ".schema.json"))));

    [Fact]
    public void The_facts_export_holds_every_fact_with_the_pages_citing_it()
    {
        var facts = JsonNode.Parse(File.ReadAllText(Path.Combine(_site.Output, "data", "facts.json")))!.AsArray();
        Assert.True(facts.Count >= 100, $"only {facts.Count} facts");
        Assert.All(facts, f => Assert.NotNull(f!["source"]));
        Assert.Contains(facts, f => f!["cited_on"] is JsonArray { Count: > 0 });
    }

    [Fact]
    public void Llms_txt_lists_the_pages_with_summaries_and_llms_full_holds_their_text()
    {
        var index = File.ReadAllText(Path.Combine(_site.Output, "llms.txt"));
        Assert.StartsWith("# Virtual machines vs containers\n\n> ", index);
        Assert.Contains("- [Facts](facts/): Every fact on this site", index);
        Assert.DoesNotContain("404", index);
        var full = File.ReadAllText(Path.Combine(_site.Output, "llms-full.txt"));
        Assert.Contains("# Facts\n\nURL: facts/", full);
        Assert.DoesNotContain("<p>", full);
    }

    /// <summary>The real input, built once with a fixed date, strict: it must stay free of warnings.</summary>
    public sealed class RealSite : IDisposable
    {
        public RealSite()
        {
            Output = Path.Combine(Path.GetTempPath(), "docssite-tests", Guid.NewGuid().ToString("N"));
            Result = BuildPipeline.Run(new DocsSite.Pipeline.BuildOptions(Repo.Input, Repo.Theme, Output, Strict: true, Today: new DateOnly(2026, 12, 1)));
        }

        public string Output { get; }

        internal BuildResult Result { get; }

        public void Dispose()
        {
            try { Directory.Delete(Output, recursive: true); }
            catch (IOException) { }
        }
    }

    [Fact]
    public void The_real_input_builds_strict_with_no_warning()
    {
        DiagnosticAssert.Clean(_site.Result);
    }
}
