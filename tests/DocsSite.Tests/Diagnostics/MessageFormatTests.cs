using System.Globalization;
using System.Text.RegularExpressions;
using DocsSite.Diagnostics;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Diagnostics;

/// <summary>
/// Every message comes from its descriptor's format, as in Roslyn: a report site passes arguments,
/// never text of its own, so the count of arguments must match the format's placeholders.
/// </summary>
public sealed partial class MessageFormatTests
{
    [Fact]
    public void A_message_is_the_format_filled_with_the_arguments()
    {
        var d = Diagnostic.Create(DiagnosticCodes.DatedFact, new SourceLocation("_data/facts.yml", 4, 3), "boot-time", 2015, "`date`", 5, "2026-12-01");
        Assert.Equal("Fact `boot-time` is dated: it dates from 2015 (`date`), more than 5 years before 2026-12-01. "
            + "Update it from a newer source, or mark it `historical: true` if it is about that moment.", d.Message);
        Assert.Equal(("DS2204", Severity.Warning, "_data/facts.yml", 4, 3), (d.Code, d.Severity, d.File, d.Line, d.Column));
        // Invariant culture: a number reads the same on every machine.
        Assert.Equal("The navigation names `1234.5`, but there is no such page.", DiagnosticCodes.UnknownNavPage.Format(1234.5));
    }

    [Fact]
    public void Formatting_with_the_wrong_number_of_arguments_fails()
    {
        var at = new SourceLocation("index.md", 3, 17);
        Assert.Equal("Broken link `guide.md`: There is no page `guide.md`.", Diagnostic.Create(DiagnosticCodes.BrokenLink, at, "guide.md", "There is no page `guide.md`.").Message);
        // A composed message passed as the only argument, as before formats: one too few.
        var tooFew = Assert.Throws<ArgumentException>(() => Diagnostic.Create(DiagnosticCodes.BrokenLink, at, "Broken link `guide.md`: no such page."));
        Assert.StartsWith("DS2101 takes 2 argument(s), not 1.", tooFew.Message);
        Assert.Throws<ArgumentException>(() => Diagnostic.Create(DiagnosticCodes.BrokenLink, at, "a", "b", "c"));
        Assert.Throws<ArgumentException>(() => new DiagnosticBag().Add(DiagnosticCodes.OrphanPage, at, "extra"));
        Assert.Throws<ArgumentException>(() => DiagnosticCodes.InputNotFound.Format());
    }

    [Fact]
    public void Every_descriptor_has_a_format_with_text_of_its_own_and_placeholders_from_zero()
    {
        Assert.All(DiagnosticCodes.All(), d =>
        {
            var used = Placeholders(d.MessageFormat).ToHashSet();
            // Each placeholder from {0} to the last is used: a gap would be an argument no one sees.
            Assert.Equal(Enumerable.Range(0, d.ArgumentCount), used.Order());
            // Words of its own, not a bare "{0}" (or "{0}: {1}") that lets each report site write the whole message.
            var words = Regex.Replace(d.MessageFormat, @"\{\d+[^}]*\}", " ");
            Assert.True(words.Count(char.IsLetter) >= 3, $"{d.Code}: \"{d.MessageFormat}\" has no text of its own.");
            var args = Enumerable.Range(0, d.ArgumentCount).Select(i => (object?)$"<{i}>").ToArray();
            var message = d.Format(args);
            Assert.All(args, a => Assert.Contains((string)a!, message));
            Assert.DoesNotContain("{", message.Replace("{value: ...", "").Replace("{everyday", "").Replace("{...}", ""));
        });
    }

    [Fact]
    public void Every_message_format_is_documented_under_its_code()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics.md"));
        Assert.All(DiagnosticCodes.All(), d =>
        {
            var heading = doc.IndexOf($"\n### {d.Code}\n", StringComparison.Ordinal);
            Assert.True(heading >= 0, $"{d.Code} has no heading");
            var end = doc.IndexOf("\n#", heading + 1, StringComparison.Ordinal);
            var section = doc[heading..(end < 0 ? doc.Length : end)];
            Assert.Contains($"```text\n{d.MessageFormat}\n```", section);
            // The prose names what each argument holds.
            Assert.All(Enumerable.Range(0, d.ArgumentCount), i => Assert.Contains($"{{{i}}}", section[..section.IndexOf("```text", StringComparison.Ordinal)]));
        });
    }

    /// <summary>
    /// Reads every call in src/ whose first argument is a descriptor, such as
    /// <c>bag.Add(DiagnosticCodes.BrokenLink, at, written, problem)</c>, and counts the arguments
    /// after the location (or the items of the argument list given as <c>[...]</c>). Sites that pass a
    /// descriptor through a variable are checked when their tests run: a wrong count throws.
    /// </summary>
    [Fact]
    public void Every_report_site_passes_as_many_arguments_as_its_format_takes()
    {
        var descriptors = typeof(DiagnosticCodes).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .ToDictionary(f => f.Name, f => (DiagnosticDescriptor)f.GetValue(null)!);
        var problems = new List<string>();
        var checkedSites = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in CodeReference().Matches(text))
            {
                if (!descriptors.TryGetValue(m.Groups["name"].Value, out var descriptor)) continue;
                var after = m.Index + m.Length;
                int? count = null;
                if (text.AsSpan(after).StartsWith(".Format("))
                    count = Count(Arguments(text, after + ".Format".Length));
                else if (ReportCallBefore(text, m.Index) is { } open)
                {
                    var args = Arguments(text, open);
                    var last = args.Count == 3 ? text.IndexOf('[', open + args[0].Length + args[1].Length + 3) : -1;
                    count = last >= 0 && args[2].TrimStart().StartsWith('[') ? Count(Arguments(text, last)) : args.Count - 2;
                }
                if (count is not { } n) continue;
                checkedSites++;
                if (n != descriptor.ArgumentCount)
                {
                    var line = text.AsSpan(0, m.Index).Count('\n') + 1;
                    problems.Add($"{Path.GetRelativePath(Repo.Root, file)}:{line}: {descriptor.Code} takes {descriptor.ArgumentCount}, given {n}");
                }
            }
        }
        Assert.Empty(problems);
        Assert.True(checkedSites >= 100, $"only {checkedSites} report sites were found; has the way sites are written changed?");
    }

    private static IEnumerable<int> Placeholders(string format) =>
        Regex.Matches(format.Replace("{{", "").Replace("}}", ""), @"\{(\d+)[^}]*\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    private static int Count(List<string> args) => args is [var only] && only.Trim().Length == 0 ? 0 : args.Count;

    /// <summary>
    /// The '(' that opens the arguments of a report call when the descriptor comes first:
    /// <c>Add(</c>, <c>Report(</c>, <c>Refuse(</c>, <c>Create(</c>, <c>new HtmlProblem(</c>, or a tuple <c>Add((</c>.
    /// </summary>
    private static int? ReportCallBefore(string text, int index)
    {
        var open = index - 1;
        while (open >= 0 && char.IsWhiteSpace(text[open])) open--;
        if (open < 1 || text[open] != '(') return null;
        var end = text[open - 1] == '(' ? open - 1 : open;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end] is "Add" or "Report" or "Refuse" or "Create" or "HtmlProblem" ? open : null;
    }

    private static List<string> Arguments(string text, int open) => Arguments(text, open, out _);

    /// <summary>The top-level arguments of the list opened at <paramref name="open"/> ('(', '[' or '{'), skipping strings and interpolation holes.</summary>
    private static List<string> Arguments(string text, int open, out int close)
    {
        var args = new List<string>();
        var depth = 0;
        var start = open + 1;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' || (c is '$' or '@' && i + 1 < text.Length && text[i + 1] is '"' or '$' or '@'))
            {
                i = SkipString(text, i);
                continue;
            }
            if (c == '\'')
            {
                i = text[i + 1] == '\\' ? text.IndexOf('\'', i + 3) : i + 2;
                continue;
            }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}')
            {
                if (--depth == 0)
                {
                    args.Add(text[start..i]);
                    close = i;
                    return args;
                }
            }
            else if (c == ',' && depth == 1)
            {
                args.Add(text[start..i]);
                start = i + 1;
            }
        }
        throw new InvalidOperationException("unclosed argument list");
    }

    /// <summary>Index of the closing quote of the string literal starting at <paramref name="i"/>.</summary>
    private static int SkipString(string text, int i)
    {
        var interpolated = false;
        var verbatim = false;
        while (text[i] != '"')
        {
            interpolated |= text[i] == '$';
            verbatim |= text[i] == '@';
            i++;
        }
        for (var j = i + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (!verbatim && c == '\\') j++;
            else if (verbatim && c == '"' && j + 1 < text.Length && text[j + 1] == '"') j++;
            else if (c == '"') return j;
            else if (interpolated && c == '{')
            {
                if (text[j + 1] == '{') j++;
                else Arguments(text, j, out j);
            }
        }
        throw new InvalidOperationException("unclosed string");
    }

    [GeneratedRegex(@"(?:Diagnostics\.)?DiagnosticCodes\.(?<name>\w+)")]
    private static partial Regex CodeReference();
}
