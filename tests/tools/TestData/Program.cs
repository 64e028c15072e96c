using DocsSite.Tests.Support;

// Three commands; see README.md. Exit codes as docssite's: 0 done, 2 usage error.
return args switch
{
    ["bench-corpus", var output, .. var options] when TryOptions(options, out var pages, out var broken, out var seed) =>
        Done($"Wrote {pages} pages with {broken} planted broken links; truth in {BenchCorpus.Write(output, pages, broken, seed)}"),
    ["seed-fingerprint", var seeds, var output] when Directory.Exists(seeds) =>
        Done($"Wrote {EightWordRuns.WriteFingerprint(Directory.GetFiles(seeds, "*.txt"), output)} hashes to {output}"),
    ["cited-fingerprint", var list, var texts, var output] when File.Exists(list) && Directory.Exists(texts) => CitedFingerprint(list, texts, output),
    _ => Usage(),
};

// The runs of every source that cited-sources.tsv assigns to OUT_FILE, each read from TEXTS/<id>.txt.
static int CitedFingerprint(string list, string texts, string output)
{
    var ids = SourceLists.Read(list, 3).Where(r => r.Fields[1] == Path.GetFileName(output)).Select(r => r.Fields[0]).Distinct().ToList();
    var missing = ids.Where(id => !File.Exists(Path.Combine(texts, id + ".txt"))).ToList();
    if (missing.Count > 0)
    {
        Console.Error.WriteLine("No text for: " + string.Join(", ", missing));
        return 1;
    }
    var count = EightWordRuns.WriteFingerprint(ids.Select(id => SourceText.Plain(File.ReadAllText(Path.Combine(texts, id + ".txt")))), output, """
        # Hashes of every 8-word run of the text each source in cited-sources.tsv cites (not the text,
        # which is not ours to publish). Format and normalisation: tests/DocsSite.Tests/Support/EightWordRuns.cs
        # and SourceText.cs. Rewrite with tests/tools/TestData (see its README.md).
        """);
    return Done($"Wrote {count} hashes of {ids.Count} sources to {output}");
}

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
               TestData cited-fingerprint LIST TEXTS_FOLDER OUT_FILE         (the same for LIST's sources, TEXTS_FOLDER/<id>.txt)
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
