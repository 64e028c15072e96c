using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Content;

/// <summary>
/// The corrections of the second edition (issue 12, "Wrong or misleading now") stay made,
/// where a rule can check them, and the glossary and FAQ keep their new minimum sizes.
/// </summary>
public sealed class SecondEditionTests
{
    private static readonly InputFiles Input = new(Repo.Input);
    private static readonly SiteData Data = DataLoader.Load(Input, new DiagnosticBag());

    private static string Page(string path) => Input.ReadText(path);

    private static string Cell(string dimension, string technology) =>
        Data.Comparison.Dimensions.Single(d => d.Id == dimension).Cells.Single(c => c.Technology.Value == technology).Value.Text;

    [Fact]
    public void The_glossary_has_at_least_seventy_terms_and_the_faq_at_least_fifty_entries()
    {
        Assert.True(Data.Definitions.Count >= 70, $"definitions: {Data.Definitions.Count}");
        Assert.True(Data.Faq.Count >= 50, $"faq: {Data.Faq.Count}");
    }

    [Fact]
    public void The_second_edition_rests_on_at_least_thirty_sources_twenty_of_them_primary()
    {
        Assert.All(Data.Sources.Values, s => Assert.True(s.Kind is not null, $"{s.Id} does not say what kind of source it is"));
        var primary = Data.Sources.Values.Count(s => s.IsPrimary);
        Assert.True(Data.Sources.Count >= 30, $"sources: {Data.Sources.Count}");
        Assert.True(primary >= 20, $"primary sources: {primary}");
        // The first edition's five articles are secondary, whatever else changes.
        Assert.All(["bmc-vms-vs-containers", "phoenixnap-containers-vs-vms", "devsecops-glossary-containers-vs-vms",
            "docker-series-containers-vs-vms", "taksa-containers-vs-vms"], id => Assert.False(Data.Sources[id].IsPrimary, id));
    }

    [Fact]
    public void At_least_three_hundred_facts_half_of_them_from_primary_sources()
    {
        var fromPrimary = Data.Facts.Values.Count(f => Data.Sources[f.Source.Value].IsPrimary);
        Assert.True(Data.Facts.Count >= 300, $"facts: {Data.Facts.Count}");
        Assert.True(2 * fromPrimary >= Data.Facts.Count, $"facts from primary sources: {fromPrimary} of {Data.Facts.Count}");
    }

    [Fact]
    public void The_site_has_at_least_sixteen_articles()
    {
        var articles = Input.Pages().Count(p => p != "index.md");
        Assert.True(articles >= 16, $"articles: {articles}");
    }

    [Fact]
    public void The_matrix_compares_four_technologies_and_every_cell_cites_an_existing_fact()
    {
        Assert.Equal(Columns, Data.Comparison.Technologies.Select(t => t.Id));
        Assert.True(Data.Comparison.Dimensions.Count >= 40, $"dimensions: {Data.Comparison.Dimensions.Count}");
        Assert.All(Data.Comparison.Dimensions, d =>
        {
            Assert.Equal(Columns.Order(StringComparer.Ordinal), d.Cells.Select(c => c.Technology.Value).Order(StringComparer.Ordinal));
            Assert.All(d.Cells, c =>
            {
                Assert.NotEmpty(c.Facts);
                Assert.All(c.Facts, f => Assert.True(Data.Facts.ContainsKey(f.Value), $"{d.Id}/{c.Technology.Value}: unknown fact {f.Value}"));
            });
        });
    }

    [Fact]
    public void Each_pair_a_reader_asks_about_has_a_page_with_its_own_slice_of_the_matrix()
    {
        var pairs = new Dictionary<string, string>
        {
            ["microvms-vs-containers.md"] = "container microvm",
            ["sandboxed-containers-vs-vms.md"] = "vm sandboxed-container",
            ["gvisor-vs-kata.md"] = "sandboxed-container",
            ["microvms-vs-vms.md"] = "vm microvm",
        };
        var nav = Input.ReadText("site.yml");
        foreach (var (page, technologies) in pairs)
        {
            Assert.Contains($"technologies=\"{technologies}\"", Page(page));
            Assert.Contains(page, nav);
            Assert.Contains(page, Page("how-to-choose.md"));
            Assert.Contains(page, Page("sandboxing-and-microvms.md"));
        }
    }

    private static readonly string[] Columns = ["vm", "container", "microvm", "sandboxed-container"];

    [Fact]
    public void A_collection_is_read_from_its_file_and_its_folder_together()
    {
        Assert.Contains(Data.Facts.Values, f => f.At.File == "_data/facts.yml");
        Assert.Contains(Data.Facts.Values, f => f.At.File.StartsWith("_data/facts/", StringComparison.Ordinal));
        Assert.Contains(Data.Definitions.Values, d => d.At.File.StartsWith("_data/definitions/", StringComparison.Ordinal));
        Assert.Contains(Data.Faq.Values, q => q.At.File.StartsWith("_data/faq/", StringComparison.Ordinal));
    }

    [Fact]
    public void No_fact_files_the_end_of_a_forecast_as_the_date_it_was_made()
    {
        Assert.All(Data.Facts.Values.Where(f => f.Horizon is not null), f =>
        {
            Assert.NotEqual(f.Horizon, f.AsOf);
            if (f.AsOf is { } asOf) Assert.True(string.CompareOrdinal(asOf[..4], f.Horizon![..4]) < 0, $"{f.Id}: as_of {asOf}, horizon {f.Horizon}");
        });
    }

    [Fact]
    public void The_451_research_figures_are_a_revenue_forecast_made_in_2017_for_2020()
    {
        var forecast = Data.Facts.Values.Where(f => f.Source.Value == "451-research-container-market-forecast"
            || f.Original?.Value == "451-research-container-market-forecast").ToList();
        Assert.True(forecast.Count >= 3, $"451 Research facts: {forecast.Count}");
        Assert.All(forecast.Where(f => f.Id != "451-forecast-publication-date"), f =>
        {
            Assert.Equal("2020", f.Horizon);
            Assert.StartsWith("2017", f.AsOf);
        });
        Assert.Contains("revenue", Data.Facts["451-container-market-revenue-forecast"].Claim.Text);
        Assert.Equal("2017-01", Data.Sources["451-research-container-market-forecast"].Date);
    }

    [Fact]
    public void Every_second_edition_source_has_a_title_a_url_and_the_date_it_was_retrieved()
    {
        // Known only through a report that quotes it; its notes say so.
        string[] unread = ["beda-containers-at-scale-2014"];
        var added = Data.Sources.Values.Where(s => s.At.File.StartsWith("_data/sources/", StringComparison.Ordinal)).ToList();
        Assert.True(added.Count >= 100, $"second-edition sources: {added.Count}");
        Assert.All(added.Where(s => !unread.Contains(s.Id)), s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Title), s.Id);
            Assert.True(s.Url is not null, $"{s.Id} has no url");
            Assert.True(s.Retrieved is not null, $"{s.Id} has no retrieved date");
        });
        Assert.All(unread, id => Assert.Contains("not read in the original", Data.Sources[id].Notes!.Text));
    }

    [Fact]
    public void The_comparison_table_facts_credit_microsoft_learn_as_their_original()
    {
        var table = Data.Facts.Values.Where(f => f.Source.Value == "devsecops-glossary-containers-vs-vms"
            && f.Locator.Contains("comparison table", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, table.Count);
        Assert.All(table, f => Assert.Equal("microsoft-learn-containers-vs-vms", f.Original?.Value));
    }

    [Fact]
    public void Google_s_two_billion_containers_a_week_is_dated_to_2014()
    {
        Assert.Equal("2014-05", Data.Facts["google-containers-weekly"].AsOf);
        Assert.DoesNotContain("Undated", Page("history.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void VM_start_up_is_not_described_as_seconds_at_best()
    {
        var prose = Input.Pages().Select(Page)
            .Concat(Data.Definitions.Values.Select(d => d.Body?.Text ?? ""))
            .Concat(Data.Faq.Values.Select(q => q.Answer.Text))
            .Concat(Data.Comparison.Dimensions.SelectMany(d => d.Cells.Select(c => c.Value.Text).Append(d.Note?.Text ?? "")));
        Assert.DoesNotContain(prose, p => p.Contains("can boot in seconds", StringComparison.Ordinal));
        Assert.Contains("firecracker-boot-125-ms", Cell("start-up-time", "vm"));
    }

    [Fact]
    public void The_container_wall_is_not_described_as_cgroups()
    {
        Assert.Contains("cgroups-limit-not-isolate", Data.Comparison.Dimensions.Single(d => d.Id == "isolation-mechanism")
            .Cells.Single(c => c.Technology.Value == "container").Facts.Select(f => f.Value));
        foreach (var page in new[] { "security.md", "containers.md" })
            Assert.Contains("cgroups-limit-not-isolate", Page(page));
    }

    [Fact]
    public void Container_networking_is_not_described_by_the_windows_shared_firewall()
    {
        Assert.DoesNotContain("firewall is shared", Cell("networking", "container"));
        Assert.Contains("k8s-network-policy-enforcement", Page("architecture.md"));
    }

    [Fact]
    public void The_seccomp_advice_separates_docker_from_kubernetes()
    {
        var security = Page("security.md");
        Assert.DoesNotContain("Leave the default seccomp profile in place.", security);
        Assert.Contains("RuntimeDefault", security);
        Assert.Contains("k8s-seccomp-unconfined-default", security);
    }

    [Fact]
    public void The_hypervisor_boundary_names_device_emulation_and_processor_flaws()
    {
        var security = Page("security.md");
        Assert.Contains("venom-floppy-controller", security);
        Assert.Contains("l1tf-guest-attacks-host", security);
        Assert.Contains("mds-guest-attacks", security);
    }

    [Fact]
    public void The_runtime_stack_after_dockershim_is_in_the_glossary()
    {
        string[] terms = ["containerd", "cri", "cri-o", "runc", "crun", "oci-image-spec", "oci-runtime-spec", "oci-distribution-spec"];
        Assert.All(terms, t => Assert.True(Data.Definitions.ContainsKey(t), t));
        Assert.Contains("dockershim-removed", Page("tools.md"));
    }

    [Fact]
    public void Type_1_hypervisors_are_not_presented_as_running_without_any_operating_system()
    {
        var facts = Data.Definitions["type-1-hypervisor"].Facts.Select(f => f.Value).ToList();
        Assert.Contains("xen-dom0-privileged", facts);
        Assert.Contains("hyperv-root-partition", facts);
        Assert.Contains("kvm-kernel-modules", facts);
    }

    [Fact]
    public void The_getting_started_example_builds_on_a_maintained_python_and_explains_digest_pinning()
    {
        var page = Page("getting-started.md");
        Assert.DoesNotContain("python:3.12", page);
        Assert.Contains("@sha256:", page);
    }

    [Fact]
    public void The_faq_and_the_analogies_page_agree_about_the_apartment_walls()
    {
        var answer = Data.Faq["what-is-the-houses-and-apartments-analogy"].Answer.Text;
        Assert.DoesNotContain("thin shared walls", answer);
        Assert.Contains("walls are solid", answer);
        Assert.Contains("walls are solid", Data.Analogies["houses-and-apartments"].BreaksDown.Text);
    }

    [Fact]
    public void The_glossary_definitions_flagged_in_review_are_corrected()
    {
        // A container is processes; the image is the package.
        Assert.StartsWith("A group of ordinary processes", Data.Definitions["container"].Short);
        Assert.DoesNotContain("package of", Data.Definitions["container"].Short);
        Assert.DoesNotContain("hardware layer", Data.Definitions["hypervisor"].Short);
        Assert.DoesNotContain("or hardware", Data.Definitions["hypervisor"].Short);
        Assert.True(Data.Definitions.ContainsKey("paravirtualization"));
        Assert.True(Data.Definitions.ContainsKey("virtio"));
        Assert.Contains("the pod, not the container", Data.Definitions["kata-containers"].Body!.Text);
        Assert.DoesNotContain("runs each container inside a lightweight VM", Page("security.md"));
    }
}
