using DocsSite.Tests.Support;

namespace DocsSite.Tests.Pictures;

/// <summary>A data file of stacks in, a diagram out: stacks side by side, shared layers across them, layers linked to the glossary.</summary>
public sealed class StackDiagramTests
{
    private const string Pages = """
        -- index.md --
        # Home

        ::stack{id="two"}
        -- _data/definitions.yml --
        - id: hypervisor
          term: hypervisor
          title: Hypervisor
          short: Runs virtual machines.
        """;

    private static TestSite Site(string stacks) => TestSite.Create(Pages + "\n-- _data/stacks.yml --\n" + stacks);

    private const string Two = """
        - id: two
          title: Two stacks
          stacks:
            - id: vm
              label: VMs
            - id: ct
              label: Containers
          layers:
            - label: Guest OS
              stacks: [vm]
              copies: 2
            - label: Hypervisor
              stacks: [vm]
              term: hypervisor
              note: on the hardware or on a host OS
            - label: Engine
              stacks: [ct]
            - label: Hardware
              stacks: [vm, ct]
        """;

    [Fact]
    public void Stacks_stand_side_by_side_and_a_shared_layer_spans_them()
    {
        using var site = Site(Two);
        DiagnosticAssert.Clean(site.Build(strict: true));
        var html = site.Html("index.html");
        Assert.Contains("<svg viewBox=\"0 0 360 156\" width=\"360\" height=\"156\"><g role=\"img\" aria-labelledby=\"pic-stack-two\"><title id=\"pic-stack-two\">Two stacks</title>", html);
        // Two copies of the guest OS in the left column, 176 wide each less the gap between them.
        Assert.Contains("<rect class=\"b\" x=\"0.5\" y=\"24.5\" width=\"85\" height=\"39\" rx=\"3\"/><text x=\"43\" y=\"48.5\">Guest OS</text>" +
            "<rect class=\"b\" x=\"90.5\" y=\"24.5\" width=\"85\" height=\"39\" rx=\"3\"/><text x=\"133\" y=\"48.5\">Guest OS</text>", html);
        // The hardware sits below both stacks' own layers and is as wide as both columns.
        Assert.Contains("<rect class=\"b sh\" x=\"0.5\" y=\"112.5\" width=\"359\" height=\"39\" rx=\"3\"/><text x=\"180\" y=\"136.5\">Hardware</text>", html);
        // A layer naming a term shows it in the link colour; the link lies over the whole box, named as the layer.
        Assert.Contains("<text x=\"88\" y=\"92.5\" class=\"k\">Hypervisor</text>", html);
        Assert.Contains("</g><a href=\"glossary/hypervisor/\" aria-label=\"Hypervisor\"><rect class=\"hit\" x=\"0\" y=\"68\" width=\"176\" height=\"40\" rx=\"3\"/></a></svg>", html);
    }

    [Fact]
    public void The_text_alternative_lists_each_stack_top_to_bottom_with_the_same_links()
    {
        using var site = Site(Two);
        DiagnosticAssert.Clean(site.Build(strict: true));
        Assert.Contains("<details><summary>The picture in words</summary><ul>" +
            "<li>VMs, top to bottom:<ol><li>Guest OS (one for each workload, 2 drawn)</li>" +
            "<li><a href=\"glossary/hypervisor/\">Hypervisor</a> (on the hardware or on a host OS)</li>" +
            "<li>Hardware (shared with Containers)</li></ol></li>" +
            "<li>Containers, top to bottom:<ol><li>Engine</li><li>Hardware (shared with VMs)</li></ol></li></ul></details>", site.Html("index.html"));
    }

    [Fact]
    public void A_layer_naming_an_unknown_term_is_reported_at_the_term()
    {
        using var site = Site(Two.Replace("term: hypervisor", "term: hypervisr"));
        var d = DiagnosticAssert.Single(site.Build(), "DS2004", "_data/stacks.yml", 14, 13);
        Assert.Contains("`hypervisor`", d.Message);
    }

    [Fact]
    public void A_layer_naming_an_unknown_stack_is_reported_at_the_stack()
    {
        using var site = Site(Two.Replace("stacks: [vm, ct]", "stacks: [vm, cn]"));
        var d = DiagnosticAssert.Single(site.Build(), "DS2023", "_data/stacks.yml", 19, 20);
        Assert.Contains("Stack diagram `two` has no stack `cn`.", d.Message);
    }

    [Fact]
    public void A_layer_spanning_stacks_that_are_not_neighbours_is_reported()
    {
        using var site = Site(Two.Replace("      label: VMs\n", "      label: VMs\n    - id: mid\n      label: Middle\n"));
        var d = DiagnosticAssert.Single(site.Build(), "DS1203", "_data/stacks.yml", 20, 7);
        Assert.Contains("The layer `Hardware` spans stacks that are not side by side", d.Message);
    }

    [Fact]
    public void A_label_too_long_for_its_box_is_a_warning()
    {
        using var site = Site(Two.Replace("label: Guest OS", "label: A complete guest operating system with its kernel"));
        var d = DiagnosticAssert.Single(site.Build(), "DS1204", "_data/stacks.yml", 9, 7);
        Assert.Contains("does not fit its box in 2 lines; shorten it", d.Message);
    }
}
