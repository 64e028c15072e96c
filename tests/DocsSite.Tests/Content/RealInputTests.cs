using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Content;

/// <summary>The site this repository publishes builds cleanly.</summary>
public sealed class RealInputTests
{
    [Fact]
    public void The_real_input_builds_with_no_errors_and_no_warnings()
    {
        var output = Path.Combine(Path.GetTempPath(), "docssite-real-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = BuildPipeline.Run(new BuildOptions(Repo.Input, Repo.Theme, output));
            DiagnosticAssert.Clean(result);
            Assert.True(File.Exists(Path.Combine(output, "index.html")));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
