using System.Text.RegularExpressions;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Reading;

/// <summary>The FAQ in a reader's order: groups and positions come from the data, not from the ids' alphabet.</summary>
public sealed partial class FaqOrderTests
{
    private const string Pages = """
        -- index.md --
        # Home

        See the [FAQ](faq/).
        """;

    [Fact]
    public void Questions_come_in_groups_placed_where_their_first_question_is_with_a_list_of_questions_at_the_top()
    {
        using var site = TestSite.Create(Pages + """

            -- _data/faq.yml --
            - id: a-late-question
              question: Why does this come last?
              answer: It names no group.
            - id: b-history
              question: When did it start?
              group: History
              order: 20
              answer: Long ago.
            - id: c-difference
              question: What is the core difference?
              group: The basics
              order: 10
              answer: One boots a kernel.
            -- _data/faq/more.yml --
            - id: d-basics-too
              question: What is a hypervisor?
              group: The basics
              order: 11
              answer: A program that runs machines.
            - id: e-history-too
              question: Who started it?
              group: History
              order: 21
              answer: A lab.
            """);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("faq/index.html");

        Assert.Equal(["The basics", "History", "Other questions"], Headings(html, 2).Where(h => h != "References"));
        Assert.Equal(["What is the core difference?", "What is a hypervisor?", "When did it start?", "Who started it?", "Why does this come last?"],
            Headings(html, 3));
        var index = IndexList().Match(html).Value;
        Assert.Equal(["#the-basics", "#c-difference", "#d-basics-too", "#history", "#b-history", "#e-history-too", "#other-questions", "#a-late-question"],
            Href().Matches(index).Select(m => m.Groups[1].Value));
        // The contents name the groups; the questions are listed once, at the top.
        Assert.Equal(["#the-basics", "#history", "#other-questions"], Href().Matches(Toc().Match(html).Value).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void Without_groups_the_questions_follow_their_order_then_their_ids()
    {
        using var site = TestSite.Create(Pages + """

            -- _data/faq.yml --
            - id: a-question
              question: Third?
              answer: Yes.
            - id: b-question
              question: First?
              order: 1
              answer: Yes.
            - id: c-question
              question: Second?
              order: 2
              answer: Yes.
            """);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("faq/index.html");
        Assert.Equal(["First?", "Second?", "Third?"], Headings(html, 2).Where(h => h != "References"));
        Assert.DoesNotContain("faq-index", html);
    }

    private static IEnumerable<string> Headings(string html, int level) =>
        Regex.Matches(html, $"<h{level} id=\"[^\"]+\">(.*?)</h{level}>").Select(m => m.Groups[1].Value);

    [GeneratedRegex("<nav class=\"faq-index\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex IndexList();

    [GeneratedRegex("<details class=\"toc\">.*?</details>", RegexOptions.Singleline)]
    private static partial Regex Toc();

    [GeneratedRegex("href=\"(#[^\"]+)\"")]
    private static partial Regex Href();
}
