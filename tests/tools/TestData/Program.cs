using DocsSite.Tests.Support;

// Two commands; see README.md. Exit codes as docssite's: 0 done, 2 usage error.
return args switch
{
    ["bench-corpus", var output, .. var options] when TryOptions(options, out var pages, out var broken, out var seed) =>
        Done($"Wrote {pages} pages with {broken} planted broken links; truth in {BenchCorpus.Write(output, pages, broken, seed)}"),
    ["seed-fingerprint", var seeds, var output] when Directory.Exists(seeds) =>
        Done($"Wrote {EightWordRuns.WriteFingerprint(Directory.GetFiles(seeds, "*.txt"), output)} hashes to {output}"),
    _ => Usage(),
};

static int Done(string message)
{
    Console.WriteLine(message);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: TestData bench-corpus OUT [--pages N] [--broken K] [--seed S]   (as make-corpus.py; defaults 1000, 0, 1)
               TestData seed-fingerprint SEEDS_FOLDER OUT_FILE               (hashes of the *.txt files' 8-word runs)
        """);
    return 2;
}

static bool TryOptions(string[] options, out int pages, out int broken, out long seed)
{
    (pages, broken, seed) = (1000, 0, 1);
    for (var i = 0; i < options.Length; i += 2)
    {
        if (i + 1 == options.Length) return false;
        var ok = options[i] switch
        {
            "--pages" => int.TryParse(options[i + 1], out pages) && pages > 0,
            "--broken" => int.TryParse(options[i + 1], out broken) && broken >= 0,
            "--seed" => long.TryParse(options[i + 1], out seed),
            _ => false,
        };
        if (!ok) return false;
    }
    return true;
}
