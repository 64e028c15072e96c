using DocsSite.Tests.Support;

namespace DocsSite.Tests.Data;

public sealed class ValidateDataTests
{
    private const string Sources = """
        -- _data/sources.yml --
        - id: bmc
          title: BMC article
        """;

    [Fact]
    public void A_fact_naming_a_missing_source_is_reported_at_the_reference()
    {
        using var site = TestSite.Create(Sources + """

            -- _data/facts.yml --
            - id: google-weekly
              claim: Google starts many containers.
              source: bcm
              locator: intro
            """);
        var d = DiagnosticAssert.Single(site.Build(), "DS2003", "_data/facts.yml", 3, 11);
        Assert.Equal("There is no source with the id `bcm`. Did you mean `bmc`?", d.Message);
    }

    [Fact]
    public void A_comparison_cell_without_facts_and_a_missing_cell_are_errors()
    {
        using var site = TestSite.Create(Sources + """

            -- _data/comparison.yml --
            technologies:
              - id: vm
                name: VM
              - id: container
                name: Container
            groups:
              - id: arch
                name: Architecture
            dimensions:
              - id: kernel
                name: Kernel
                group: arch
                cells:
                  vm: { value: Own kernel }
            """);
        var result = site.Build();
        DiagnosticAssert.Single(result, "DS2012", "_data/comparison.yml", 14, 11);
        Assert.Contains("`container`", DiagnosticAssert.Single(result, "DS1012", "_data/comparison.yml", 10, 5).Message);
    }

    [Fact]
    public void A_definition_relating_to_a_missing_definition_is_reported()
    {
        using var site = TestSite.Create("""
            -- _data/definitions.yml --
            - id: hypervisor
              term: Hypervisor
              short: Software that runs virtual machines.
              related: [virtual-machin]
            - id: virtual-machine
              term: Virtual machine
              short: A computer made of software.
            """);
        Assert.Contains("Did you mean `virtual-machine`?", DiagnosticAssert.Single(site.Build(), "DS2004", "_data/definitions.yml", 4, 13).Message);
    }
}
