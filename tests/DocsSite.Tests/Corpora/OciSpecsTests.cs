using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Corpora;

/// <summary>
/// Markdown nobody here wrote: the OCI runtime and image specifications (committed in
/// oci-specs/ with their Apache-2.0 licences; see its NOTICE). Each link
/// below was checked by hand and is really broken on the built site: the target is a
/// code file or folder not in the corpus, or the fragment matches no id (ids are
/// case-sensitive in browsers, so "#createRuntime-hooks" misses "createruntime-hooks").
/// </summary>
public sealed class OciSpecsTests
{
    private static readonly string[] Expected =
    [
        "DS2101 image-spec/HACKING.md:13:56 go.mod",
        "DS2101 image-spec/README.md:10:42 specs-go",
        "DS2101 image-spec/README.md:10:102 schema",
        "DS2102 runtime-spec/GOVERNANCE.md:32:65 #release-approval",
        "DS2102 runtime-spec/config-linux.md:300:58 runtime.md#operation",
        "DS2102 runtime-spec/config-linux.md:302:8 runtime.md#exec",
        "DS2102 runtime-spec/config-linux.md:1068:64 glossary.md#container_namespace",
        "DS2102 runtime-spec/config-vm.md:53:226 config.md#Root-Configuration",
        "DS2101 runtime-spec/config.md:6:180 specs-go/config.go",
        "DS2102 runtime-spec/config.md:563:95 #createRuntime-hooks",
        "DS2102 runtime-spec/config.md:573:99 #createContainer-hooks",
        "DS2102 runtime-spec/config.md:577:97 #startContainer-hooks",
        "DS2102 runtime-spec/glossary.md:22:65 #features.md",
        "DS2102 runtime-spec/runtime.md:64:32 config.md#createRuntime-hooks",
        "DS2102 runtime-spec/runtime.md:66:34 config.md#createContainer-hooks",
        "DS2102 runtime-spec/runtime.md:69:33 config.md#startContainer-hooks",
        "DS2101 runtime-spec/schema/README.md:18:17 validate.go",
    ];

    [Fact]
    public void Reports_the_really_broken_links_and_nothing_else()
    {
        var output = Path.Combine(Path.GetTempPath(), "docssite-oci-" + Guid.NewGuid().ToString("N"));
        var result = BuildPipeline.Run(new BuildOptions(Repo.OciSpecs, Repo.Theme, output));
        var errors = result.Diagnostics.Sorted().Where(d => d.Severity == DocsSite.Diagnostics.Severity.Error)
            .Select(d => $"{d.Code} {d.File}:{d.Line}:{d.Column} {d.Message.Split('`')[1]}")
            .ToList();
        Assert.Equal(Expected.Order(StringComparer.Ordinal), errors.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(output));
    }
}
