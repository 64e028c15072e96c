using System.Text.Json;
using System.Text.RegularExpressions;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>JSON-LD that search engines read: breadcrumbs, the FAQ and the glossary.</summary>
public sealed partial class StructuredDataTests
{
    private const string Site = """
        -- index.md --
        # Home

        [FAQ](faq/) and [glossary](glossary/).
        -- _data/definitions.yml --
        - id: vm
          term: virtual machine
          title: Virtual machine
          short: A computer made of software </script>.
        -- _data/faq.yml --
        - id: why
          question: Why use a VM?
          answer: To run **another** operating system.
          terms: [vm]
        """;

    [Fact]
    public void The_faq_is_an_faq_page_and_the_glossary_a_defined_term_set_with_absolute_breadcrumbs()
    {
        using var site = TestSite.Create(Site);
        var result = BuildPipeline.Run(new BuildOptions(site.Input, Repo.Theme, site.Output, BaseUrl: "https://example.org/docs/"));
        DiagnosticAssert.Clean(result);
        var faq = JsonLd(site.Html("faq/index.html"));
        var question = faq.GetProperty("@graph")[1].GetProperty("mainEntity")[0];
        Assert.Equal("Why use a VM?", question.GetProperty("name").GetString());
        Assert.StartsWith("To run another operating system.", question.GetProperty("acceptedAnswer").GetProperty("text").GetString());
        var crumbs = faq.GetProperty("@graph")[0].GetProperty("itemListElement");
        Assert.Equal("https://example.org/docs/", crumbs[0].GetProperty("item").GetString());
        Assert.Equal("https://example.org/docs/faq/", crumbs[1].GetProperty("item").GetString());

        var glossaryHtml = site.Html("glossary/index.html");
        Assert.DoesNotContain("software </script>", glossaryHtml);
        var term = JsonLd(glossaryHtml).GetProperty("@graph")[1].GetProperty("hasDefinedTerm")[0];
        Assert.Equal("A computer made of software </script>.", term.GetProperty("description").GetString());
        Assert.Equal("https://example.org/docs/glossary/vm/", term.GetProperty("url").GetString());
    }

    private static JsonElement JsonLd(string html) =>
        JsonDocument.Parse(Script().Match(html).Groups[1].Value).RootElement;

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Script();
}
