using DocsSite.Tests.Support;

namespace DocsSite.Tests.Pictures;

/// <summary>Questions with yes/no branches in, a flowchart out, each outcome a link to its page.</summary>
public sealed class FlowchartTests
{
    private const string Pages = """
        -- index.md --
        # Home

        ::flowchart{id="pick"}

        See [VMs](vms.md) and [containers](containers.md).
        -- vms.md --
        # VMs
        -- containers.md --
        # Containers
        """;

    private static TestSite Site(string flowchart) => TestSite.Create(Pages + "\n-- _data/flowcharts.yml --\n" + flowchart);

    private const string Pick = """
        - id: pick
          title: Pick one
          steps:
            - id: own-os
              question: Does it need its own OS?
              yes: vm
              no: copies
            - id: copies
              question: Many copies?
              yes: ct
              no: vm-too
            - id: vm
              outcome: A VM
              page: vms.md
            - id: ct
              outcome: Containers
              page: containers.md
            - id: vm-too
              outcome: A VM will do
              page: vms.md
        """;

    [Fact]
    public void Each_outcome_is_a_link_to_its_page_beside_or_below_its_question()
    {
        using var site = Site(Pick);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("index.html");
        Assert.Contains("role=\"img\" aria-labelledby=\"pic-flow-pick\"><title id=\"pic-flow-pick\">Pick one</title>", html);
        Assert.Contains("<text class=\"t\" x=\"228\" y=\"10\">Yes</text><rect class=\"b o\" x=\"244\" y=\"1\" width=\"115.5\" height=\"30\" rx=\"12\"/><text x=\"301.8\" y=\"20.5\" class=\"k\">A VM</text>", html);
        Assert.Contains("<text class=\"t l\" x=\"114\" y=\"50\">No</text><rect class=\"b q\" x=\"0.5\" y=\"61\"", html);
        // The last question's other answer sits below it, across the question column.
        Assert.Contains("<rect class=\"b o\" x=\"0.5\" y=\"121\" width=\"212\" height=\"30\" rx=\"12\"/>", html);
        // Each outcome's link lies over its box, named as the outcome.
        Assert.Contains("</g><a href=\"vms/\" aria-label=\"A VM\"><rect class=\"hit\" x=\"244\" y=\"1\" width=\"115.5\" height=\"30\" rx=\"12\"/></a>" +
            "<a href=\"containers/\" aria-label=\"Containers\"><rect class=\"hit\" x=\"244\" y=\"61\" width=\"115.5\" height=\"30\" rx=\"12\"/></a>" +
            "<a href=\"vms/\" aria-label=\"A VM will do\"><rect class=\"hit\" x=\"0.5\" y=\"121\" width=\"212\" height=\"30\" rx=\"12\"/></a></svg>", html);
    }

    [Fact]
    public void The_text_alternative_walks_the_questions_in_order()
    {
        using var site = Site(Pick);
        DiagnosticAssert.Clean(site.Build(strict: true));
        Assert.Contains("<ol><li>Does it need its own OS? Yes: <a href=\"vms/\">A VM</a>. No: go on to question 2.</li>" +
            "<li>Many copies? Yes: <a href=\"containers/\">Containers</a>. No: <a href=\"vms/\">A VM will do</a>.</li></ol>", site.Html("index.html"));
    }

    [Fact]
    public void An_answer_naming_no_step_is_reported_at_the_answer()
    {
        using var site = Site(Pick.Replace("no: copies", "no: copy"));
        var d = DiagnosticAssert.Single(site.Build(), "DS2023", "_data/flowcharts.yml", 7, 11);
        Assert.Contains("Flowchart `pick` has no step `copy`.", d.Message);
    }

    [Fact]
    public void An_outcome_leading_to_a_missing_page_is_reported_at_its_page()
    {
        using var site = Site(Pick.Replace("page: containers.md", "page: container.md"));
        var d = DiagnosticAssert.Single(site.Build(), "DS2101", "_data/flowcharts.yml", 17, 13);
        Assert.Contains("there is no such page", d.Message);
    }

    [Fact]
    public void A_question_whose_answers_skip_the_next_question_is_reported()
    {
        using var site = Site(Pick.Replace("no: copies", "no: ct"));
        var d = DiagnosticAssert.Single(site.Build(), "DS1203", "_data/flowcharts.yml", 4, 11);
        Assert.Contains("The step `own-os` must have one answer leading to the next question listed (`copies`)", d.Message);
    }

    [Fact]
    public void A_step_that_is_neither_question_nor_outcome_is_reported()
    {
        using var site = Site(Pick.Replace("outcome: A VM will do", "result: A VM will do"));
        var result = site.Build();
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == "DS1002" && d.File == "_data/flowcharts.yml" && d.Line == 18);
    }
}
