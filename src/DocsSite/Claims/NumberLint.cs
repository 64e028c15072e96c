using System.Text;
using System.Text.RegularExpressions;
using DocsSite.Collections;
using DocsSite.Content;
using DocsSite.Data;
using DocsSite.Diagnostics;
using DocsSite.Markdown.Citations;
using DocsSite.Markdown.FactValues;
using DocsSite.Markdown.TermLinks;
using DocsSite.Pages;
using DocsSite.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Claims;

/// <summary>
/// Numbers without a source: in page prose and the prose fields of data (FAQ answers, definitions,
/// comparison cells) and plain-text fields (a definition's <c>short</c>), a number that reads as a claim (a percentage, an amount of money, "N million",
/// a multiplier such as "10x", a count with a unit, a year standing for an event) in a sentence that
/// cites no fact is a warning. Code, link targets, front matter and list numbers are never read;
/// <c>&lt;!-- no-check --&gt;</c> exempts its own line (at its end) or the next (on a line of its own).
/// </summary>
internal static partial class NumberLint
{
    /// <summary>Stands for a citation or a fact value in the text of a sentence.</summary>
    private const char Reference = '\u0001';

    public static void Run(IReadOnlyList<Page> pages, SiteData data, IReadOnlyDictionary<MarkdownText, ParsedMarkdown> parsed, DiagnosticBag bag)
    {
        var values = FactValues(data);
        foreach (var page in pages)
        {
            if (page.Document is null || page.SourcePath is null) continue;
            Lint(page.Document, page.Locate, values, bag);
        }
        foreach (var text in SiteCollections.All.SelectMany(c => c.ProseFields(data)).OfType<MarkdownText>())
        {
            var document = parsed.TryGetValue(text, out var p) ? p.Document : ParsedMarkdown.Parse(text, bag).Document;
            Lint(document, text.Map, values, bag);
        }
        foreach (var text in SiteCollections.All.SelectMany(c => c.PlainProseFields(data)).OfType<MarkdownText>())
            LintPlain(text, values, bag);
    }

    /// <summary>
    /// A plain-text field: read as written (no Markdown, so no citation either) and each character
    /// located in the file; it cannot cite or hold <c>&lt;!-- no-check --&gt;</c>, so the fix is to move the figure.
    /// </summary>
    public static void LintPlain(MarkdownText text, IReadOnlyDictionary<string, List<string>> values, DiagnosticBag bag)
    {
        var places = new List<(int Line, int Column)>(text.Text.Length);
        var (line, column) = (0, 0);
        foreach (var c in text.Text)
        {
            places.Add((line, column));
            (line, column) = c == '\n' ? (line + 1, 0) : (line, column + 1);
        }
        Check(text.Text, places, [], text.Map, values, bag, plain: true);
    }

    /// <summary>Each fact value as prose would type it (lower case, single spaces) -> the facts that have it.</summary>
    private static IReadOnlyDictionary<string, List<string>> FactValues(SiteData data)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var fact in data.Facts.Values.Where(f => f.Value is not null).OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            var key = Normalize(fact.Value!);
            if (!values.TryGetValue(key, out var ids)) values[key] = ids = [];
            ids.Add(fact.Id);
        }
        return values;
    }

    /// <param name="map">Markdig's 0-based line and column -> the place in the input file.</param>
    public static void Lint(MarkdownDocument document, Func<int, int, SourceLocation> map,
        IReadOnlyDictionary<string, List<string>> values, DiagnosticBag bag)
    {
        var exempt = ExemptLines(document);
        foreach (var block in Markdown.MarkdownNodes.Blocks<LeafBlock>(document))
        {
            if (block.Inline is null) continue; // code blocks, HTML blocks, front matter hold no prose
            var text = new StringBuilder();
            var places = new List<(int Line, int Column)>();
            Collect(block.Inline, text, places);
            Check(text.ToString(), places, exempt, map, values, bag, plain: false);
        }
    }

    /// <param name="plain">Plain text cannot cite a fact, so the hint says to move the figure where it can.</param>
    private static void Check(string text, List<(int Line, int Column)> places, HashSet<int> exempt, Func<int, int, SourceLocation> map,
        IReadOnlyDictionary<string, List<string>> values, DiagnosticBag bag, bool plain)
    {
        foreach (var sentence in Sentences(text))
        {
            if (sentence.Value.Contains(Reference)) continue; // a sentence that cites a fact has its source
            foreach (Match match in Claim().Matches(sentence.Value))
            {
                var number = match.Groups["n"];
                var at = places[sentence.Start + number.Index];
                if (at.Line < 0 || exempt.Contains(at.Line) || NotAClaim(sentence.Value, match)) continue;
                // "in 2013" is shown as the year; other claims with their unit ("40%", "$5 billion").
                var written = char.IsLetter(match.Value[0]) ? number.Value : match.Value.Trim();
                var known = values.TryGetValue(Normalize(written), out var ids);
                var hint = plain
                    ? " This field is plain text and cannot cite: move the figure to a field that can (a definition's `body`)"
                      + (known ? $" and show it there with {string.Join(" or ", ids!.Take(3).Select(id => $"`[={id}]`"))}." : ", with `[=fact-id]`.")
                    : known
                        ? $" Did you mean {string.Join(" or ", ids!.Take(3).Select(id => $"`[={id}]`"))}?"
                        : " Show it with `[=fact-id]`, cite a fact in the sentence, or mark a deliberate exception `<!-- no-check -->`.";
                bag.Add(DiagnosticCodes.UnsourcedNumber, map(at.Line, at.Column), written, hint);
            }
        }
    }

    /// <summary>The text of a block's inlines in order, each character with its place; references become one marker, code a blank.</summary>
    private static void Collect(ContainerInline container, StringBuilder text, List<(int, int)> places)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var content = literal.Content.ToString();
                    for (var i = 0; i < content.Length; i++)
                    {
                        text.Append(content[i]);
                        places.Add((literal.Line, literal.Column + i));
                    }
                    break;
                case CitationInline or FactValueInline:
                    text.Append(Reference);
                    places.Add((inline.Line, inline.Column));
                    break;
                case TermLinkInline term:
                    foreach (var c in term.Text ?? term.Target)
                    {
                        text.Append(char.IsDigit(c) ? 'N' : c); // a term's name is not a claim
                        places.Add((-1, -1));
                    }
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline nested:
                    Collect(nested, text, places);
                    break;
                default: // code, raw HTML, line breaks, entities
                    text.Append(' ');
                    places.Add((-1, -1));
                    break;
            }
        }
    }

    private static IEnumerable<(int Start, string Value)> Sentences(string text)
    {
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            yield return (start, text[start..end.Index]);
            start = end.Index;
        }
        yield return (start, text[start..]);
    }

    /// <summary>Numbers that look like claims but are names: a version ("Windows Server 2019 containers", "version 1809 hosts").</summary>
    private static bool NotAClaim(string sentence, Match match)
    {
        var before = sentence[..match.Index].TrimEnd();
        var word = LastWord().Match(before).Value;
        return NameWords.Contains(word);
    }

    private static readonly HashSet<string> NameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "version", "versions", "release", "releases", "update", "server", "windows", "build", "v", "gen", "generation",
        "kernel", "linux", "cgroup", "cgroups", "ubuntu", "debian", "rhel", "fedora", "python", "java", "net", "esxi", "vsphere",
        "office", "sql", "nsdi", "asplos", "osdi", "sosp", "usenix", "iso", "rfc", "ieee", "pcie", "ddr", "wasi", "http",
    };

    private static string Normalize(string value) =>
        string.Join(' ', value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static HashSet<int> ExemptLines(MarkdownDocument document)
    {
        var exempt = new HashSet<int>();
        foreach (var node in Markdown.MarkdownNodes.Under(document))
        {
            if (node is HtmlBlock html && html.Lines.ToString().Contains(MarkdownScanner.NoCheck, StringComparison.Ordinal))
                exempt.Add(html.Line + html.Lines.Count);
            else if (node is HtmlInline inline && inline.Tag.Contains(MarkdownScanner.NoCheck, StringComparison.Ordinal))
                exempt.Add(inline.Line);
        }
        return exempt;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[^a-z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\w.]+$")]
    private static partial Regex LastWord();

    // The number itself is group "n"; what follows or precedes it makes it a claim.
    [GeneratedRegex("""
        (?<![\w.,\-/])(?:
            (?<n>\d+(?:[.,]\d+)*)\s?(?:%|percent\b|per\scent\b|percentage\spoints?\b)
          | [$€£¥]\s?(?<n>\d+(?:[.,]\d+)*)(?:\s?(?:k|m|bn|million|billion|trillion)\b)?
          | (?<n>\d+(?:[.,]\d+)*)\s?(?:USD|EUR|GBP|dollars|euros)\b
          | (?<n>\d+(?:[.,]\d+)*)\s(?:thousand|million|billion|trillion)\b
          | (?<n>\d+(?:\.\d+)?)\s?[x×](?!\w)
          | (?<n>(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*)\s?(?:ms|milliseconds?|seconds?|secs?|minutes?|hours?|days?|weeks?|months?|years?|[KMGT]i?B|kilobytes?|megabytes?|gigabytes?|terabytes?|cores?|vCPUs?|CPUs?|GPUs?|nodes?|servers?|hosts?|containers?|VMs?|instances|users|developers|respondents|organi[sz]ations|companies)\b
          | (?:\b(?:in|since|by|until|from|after|before|around|circa|as\sof)\s(?:early\s|late\s|mid-)?)(?<n>(?:19[5-9]\d|20\d\d))\b(?![\-/]\d)
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Claim();
}
