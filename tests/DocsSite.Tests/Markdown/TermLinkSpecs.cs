using DocsSite.Tests.Support;

namespace DocsSite.Tests.Markdown;

/// <summary>Markdown in, HTML out, as Markdig's own spec tests.</summary>
public sealed class TermLinkSpecs
{
    [Theory]
    [InlineData("[[hypervisor]]",
        """<p><a class="term" href="../../glossary/hypervisor/" data-term="hypervisor" title="Software that runs virtual machines.">Hypervisor</a></p>""")]
    [InlineData("[[hypervisor|the hypervisor]]",
        """<p><a class="term" href="../../glossary/hypervisor/" data-term="hypervisor" title="Software that runs virtual machines.">the hypervisor</a></p>""")]
    [InlineData("[[VMM]]",
        """<p><a class="term" href="../../glossary/hypervisor/" data-term="hypervisor" title="Software that runs virtual machines.">VMM</a></p>""")]
    [InlineData("`[[hypervisor]]`", "<p><code>[[hypervisor]]</code></p>")]
    [InlineData("[[]]", "<p>[[]]</p>")]
    public void Renders(string markdown, string html) => Assert.Equal(html, MarkdownSpec.Render(markdown));
}
