using System.Security.Cryptography;
using System.Text;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Corpora;

/// <summary>
/// The benchmark corpus generator (<see cref="BenchCorpus"/>, the C# twin of
/// make-corpus.py) plants broken links and writes down where; the checker must report
/// exactly those (file, line, target): no miss, no false report.
/// </summary>
public sealed class BenchCorpusTests
{
    [Fact]
    public void Reports_exactly_the_planted_broken_links()
    {
        var root = Path.Combine(Path.GetTempPath(), "docssite-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            var truth = BenchCorpus.Write(root, pages: 300, broken: 30, seed: 7);
            var expected = File.ReadAllLines(truth).Skip(1)
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

    /// <summary>
    /// The digest of the files make-corpus.py writes for these arguments: each file's path
    /// and SHA-256, a line each in path order, hashed again. The same from the shell:
    /// <c>find . -type f | sed 's|^\./||' | LC_ALL=C sort | while read f; do printf '%s\t%s\n' "$f" "$(sha256sum "$f" | cut -c1-64)"; done | sha256sum</c>.
    /// tests/tools/TestData/compare-bench-corpus.sh compares the two generators on more arguments.
    /// </summary>
    [Fact]
    public void Writes_byte_for_byte_what_make_corpus_py_writes()
    {
        var root = Path.Combine(Path.GetTempPath(), "docssite-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            BenchCorpus.Write(root, pages: 300, broken: 30, seed: 7);
            var manifest = string.Concat(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
                .Select(f => $"{f}\t{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f))))}\n"));
            Assert.Equal(301, manifest.Count(c => c == '\n'));
            Assert.Equal("a8ff0d0597033fa4216131cd1edb37f2059521df726af9ce9d92043015c298d1",
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest))));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
