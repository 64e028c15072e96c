using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace DocsSite.Tests.Support;

/// <summary>
/// Runs of eight consecutive words, for finding sentences copied from the source
/// articles without committing their text: the repository holds only a hash of each
/// run of the sources (tests/DocsSite.Tests/Content/source-runs.txt), written by
/// tests/tools/TestData with this same code. HTML character references are decoded
/// (the captures hold some); then a word is a maximal run of ASCII letters, digits and
/// apostrophes, letters lowered (ASCII only, so no culture is involved) and curly
/// apostrophes read as straight ones; anything else separates words.
/// </summary>
internal static class EightWordRuns
{
    public const int Length = 8;

    public static IEnumerable<string> Of(string text)
    {
        var words = Words(text);
        for (var i = 0; i + Length <= words.Count; i++) yield return string.Join(' ', words.GetRange(i, Length));
    }

    /// <summary>
    /// Every run of the pieces' words, read one after another as if joined by spaces, with
    /// the line of the piece its first word is in (so a failure can say where the run is).
    /// </summary>
    public static IEnumerable<(string Run, int Line)> OfLines(IEnumerable<(string Text, int Line)> pieces)
    {
        var words = pieces.SelectMany(p => Words(p.Text).Select(w => (Word: w, p.Line))).ToList();
        for (var i = 0; i + Length <= words.Count; i++)
            yield return (string.Join(' ', words.GetRange(i, Length).Select(w => w.Word)), words[i].Line);
    }

    /// <summary>The first 64 bits of the SHA-256 of the run's UTF-8 bytes, as 16 lower-case hex digits.</summary>
    public static string Hash(string run) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(run)), 0, 8);

    public static HashSet<string> ReadFingerprint(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);

    /// <summary>Writes the sorted, distinct hashes of every run of the files; returns how many.</summary>
    public static int WriteFingerprint(IEnumerable<string> files, string path) =>
        WriteFingerprint(files.Select(File.ReadAllText), path, """
            # Hashes of every 8-word run of the source articles the site's content is curated from
            # (not their text, which is not ours to publish). Format and normalisation:
            # tests/DocsSite.Tests/Support/EightWordRuns.cs. Rewrite with tests/tools/TestData (see its README.md).
            """);

    /// <summary>Writes the sorted, distinct hashes of every run of the texts after a header of # lines; returns how many.</summary>
    public static int WriteFingerprint(IEnumerable<string> texts, string path, string header)
    {
        var hashes = texts.SelectMany(Of).Select(Hash).Distinct().Order(StringComparer.Ordinal).ToList();
        File.WriteAllText(path, header + "\n" + string.Concat(hashes.Select(h => h + "\n")));
        return hashes.Count;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in WebUtility.HtmlDecode(text))
        {
            var folded = c switch
            {
                >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
                '\u2018' or '\u2019' => '\'',
                _ => c,
            };
            if (folded is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '\'')
            {
                word.Append(folded);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }
}
