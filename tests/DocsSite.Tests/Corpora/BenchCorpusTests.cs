using System.Diagnostics;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Corpora;

/// <summary>
/// The benchmark corpus generator plants broken links and writes down where; the
/// checker must report exactly those (file, line, target): no miss, no false report.
/// </summary>
public sealed class BenchCorpusTests
{
    [Fact]
    public void Reports_exactly_the_planted_broken_links()
    {
        var root = Path.Combine(Path.GetTempPath(), "docssite-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            var script = Path.Combine(Repo.Shared, "bench", "make-corpus.py");
            using (var python = Process.Start(new ProcessStartInfo("python3", [script, root, "--pages", "300", "--broken", "30", "--seed", "7"])
                   { RedirectStandardOutput = true })!)
            {
                python.WaitForExit();
                Assert.Equal(0, python.ExitCode);
            }
            var expected = File.ReadAllLines(Path.Combine(root, "expected-broken.tsv")).Skip(1)
                .Select(l => l.Split('\t'))
                .Select(p => (File: p[0]["content/".Length..], Line: int.Parse(p[1]), Target: p[2]))
                .Order().ToList();

            var result = BuildPipeline.Run(new BuildOptions(Path.Combine(root, "content"), Repo.Theme, Path.Combine(root, "out")));
            var reported = result.Diagnostics.Sorted()
                .Where(d => d.Code is "DS2101" or "DS2102")
                .Select(d => (d.File, d.Line, Target: d.Message.Split('`')[1]))
                .Order().ToList();

            Assert.Equal(30, expected.Count);
            Assert.Equal(expected, reported);
            Assert.Equal(30, result.Diagnostics.ErrorCount);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
