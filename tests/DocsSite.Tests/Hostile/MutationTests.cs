using System.Diagnostics;
using DocsSite.Diagnostics;
using DocsSite.Pipeline;
using DocsSite.Tests.Support;
using Xunit.Abstractions;

namespace DocsSite.Tests.Hostile;

/// <summary>
/// Random edits to a copy of the real input: every build must end in success or in diagnostics,
/// never in an exception (not even one caught as an internal error) and never in a hang.
/// </summary>
public sealed class MutationTests(ITestOutputHelper log)
{
    private const int Seed = 20261201;
    private const int MaxBuilds = 40;
    private const int MinBuilds = 12;
    private static readonly TimeSpan PerBuild = TimeSpan.FromSeconds(20);

    // The input grows with the site; past this the test stops early (the edits stay the same, in order).
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);

    private static readonly string[] Tokens =
    [
        "[[", "]]", "[@", "[=", "]", "[", "::faq{ids=\"", "::analogy{id=\"x\"}", "::comparison{", "}", "\"", "---\n", "\t", "\0",
        ":", ": ", "- ", "> ", "&a ", "*a", "{", "#", "`", "```\n", "<div>", "|", "\r", "\r\n", "\uFEFF", "é", "😀", "\\",
        "[x](", "](nope.md#", "<a href=\"/", string.Concat(Enumerable.Repeat("> ", 140)), new string('[', 140),
    ];

    [Fact]
    public async Task Hundreds_of_random_edits_to_the_real_input_end_in_success_or_diagnostics()
    {
        var root = Path.Combine(Path.GetTempPath(), "docssite-tests", "mutation-" + Guid.NewGuid().ToString("N"));
        var pristine = Path.Combine(root, "pristine");
        Copy(Repo.Input, pristine);
        var random = new Random(Seed);
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int succeeded = 0, failed = 0, edits = 0, builds = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            for (var build = 0; build < MaxBuilds && clock.Elapsed < Budget; build++, builds++)
            {
                var input = Path.Combine(root, "input");
                if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
                Copy(pristine, input);
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                var applied = new List<string>();
                // From one edit (the build often still succeeds) to 22 (it fails, in many places at once).
                for (var e = 0; e < 1 + build % 8 * 3; e++, edits++)
                {
                    var file = files[random.Next(files.Count)];
                    applied.Add(Mutate(file, random) + " in " + Path.GetRelativePath(input, file));
                }

                var options = new BuildOptions(input, Repo.Theme, Path.Combine(root, "output"), Write: false);
                var run = Task.Run(() => BuildPipeline.Run(options));
                var what = $"build {build} after: {string.Join("; ", applied)}";
                Assert.True(await Task.WhenAny(run, Task.Delay(PerBuild)) == run, $"Hung for {PerBuild.TotalSeconds} s: {what}");
                Assert.True(run.IsCompletedSuccessfully, $"{what}\n{run.Exception}");
                var result = await run;
                var diagnostics = result.Diagnostics.Sorted();
                var internalErrors = diagnostics.Where(d => d.Code == DiagnosticCodes.InternalError.Code).ToList();
                Assert.True(internalErrors.Count == 0, $"{what}\n{string.Join('\n', internalErrors)}");
                if (result.Diagnostics.HasErrors) failed++; else succeeded++;
                foreach (var d in diagnostics.Where(d => d.Severity == Severity.Error))
                    codes[d.Code] = codes.GetValueOrDefault(d.Code) + 1;
            }
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
        log.WriteLine($"{builds} builds, {edits} edits, {succeeded} succeeded, {failed} ended in diagnostics, {clock.Elapsed.TotalSeconds:0.0} s");
        log.WriteLine("errors by code: " + string.Join(", ", codes.Select(c => $"{c.Key} x{c.Value}")));
        Assert.True(builds >= MinBuilds, $"Only {builds} builds in {Budget.TotalSeconds} s: the input or the build has become slow.");
        Assert.Equal(builds, succeeded + failed);
        Assert.True(failed > 0, "The edits should break something.");
    }

    /// <summary>One random edit; returns what it did, for the failure message.</summary>
    private static string Mutate(string file, Random random)
    {
        var text = File.ReadAllText(file);
        var at = random.Next(text.Length + 1);
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        string description;
        // Mostly insertions of syntax; truncation, which breaks every reference at once, is rare.
        switch (random.Next(16))
        {
            case 0:
                var count = Math.Min(random.Next(1, 12), text.Length - at);
                text = text.Remove(at, count);
                description = $"deleted {count} chars at {at}";
                break;
            case 1:
                lines.Insert(line, lines[line]);
                text = string.Join('\n', lines);
                description = $"duplicated line {line + 1}";
                break;
            case 2:
                lines.RemoveAt(line);
                text = string.Join('\n', lines);
                description = $"deleted line {line + 1}";
                break;
            case 3:
                lines[line] = lines[line].StartsWith("  ", StringComparison.Ordinal) ? lines[line][2..] : "  " + lines[line];
                text = string.Join('\n', lines);
                description = $"shifted the indentation of line {line + 1}";
                break;
            case 4:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                text = string.Join('\n', lines);
                description = $"swapped lines {line + 1} and {other + 1}";
                break;
            case 5:
                text = text[..at];
                description = $"truncated at {at}";
                break;
            default:
                var token = Tokens[random.Next(Tokens.Length)];
                text = text.Insert(at, token);
                description = $"inserted {System.Text.Json.JsonSerializer.Serialize(token.Length > 20 ? token[..20] + "..." : token)} at {at}";
                break;
        }
        File.WriteAllText(file, text);
        return description;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
