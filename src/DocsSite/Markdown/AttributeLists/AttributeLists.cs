using System.Text;
using System.Text.RegularExpressions;
using DocsSite.Diagnostics;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsSite.Markdown.AttributeLists;

/// <summary>
/// Finds attribute lists in parsed inlines, removes their text and gives their attributes to the
/// element they follow. Only what the raw HTML policy would let an author write is applied:
/// ids, classes and the harmless attributes of <see cref="Safety.HtmlPolicy.Attributes"/>; the rest
/// is left out and reported, as raw HTML would be.
/// </summary>
internal static class AttributeLists
{
    // Attributes that carry a URL: in raw HTML they are checked as links; here they would bypass the Markdown link's own URL.
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "srcset", "sizes", "poster", "cite" };

    /// <summary><c>## Title { #id }</c>: strips the list (and closing <c>#</c>s before it) from the heading's text.</summary>
    public static void ApplyToHeading(HeadingBlock heading, List<AttributeListProblem> problems)
    {
        if (heading.Inline is null) return;
        var run = TrailingText(heading.Inline);
        if (run.Count == 0) return;
        var text = Join(run);
        if (AttributeListSyntax.Heading().Match(text) is not { Success: true } match) return;
        Apply(heading, match.Groups["list"], run, problems);
        Truncate(run, WithoutClosingHashes(text[..match.Index]).Length);
    }

    /// <summary>Inline lists in every leaf block, and a paragraph's own list on its last line.</summary>
    public static void ApplyInBlock(LeafBlock block, List<AttributeListProblem> problems)
    {
        if (block.Inline is not { } inline) return;
        ApplyInline(inline, problems);
        if (block is not ParagraphBlock paragraph) return;
        var run = TrailingText(inline);
        if (run.Count == 0 || run[0].PreviousSibling is not LineBreakInline { IsHard: false } lineBreak) return;
        if (AttributeListSyntax.Block().Match(Join(run)) is not { Success: true } match) return;
        Apply(paragraph, match.Groups["list"], run, problems);
        foreach (var literal in run) literal.Remove();
        lineBreak.Remove();
    }

    /// <summary><c>**word**{ #id }</c>, <c>[text](url){ .button }</c>: a list right after an element gives it attributes.</summary>
    public static void ApplyInline(ContainerInline container, List<AttributeListProblem> problems)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is ContainerInline inner and not LinkInline { IsImage: true }) ApplyInline(inner, problems);
            if (child is not (EmphasisInline or CodeInline or LinkInline or AutolinkInline)) continue;
            var run = LeadingText(child.NextSibling);
            if (run.Count == 0) continue;
            if (AttributeListSyntax.Inline().Match(Join(run)) is not { Success: true } match) continue;
            Apply(child, match.Groups["list"], run, problems);
            DropStart(run, match.Length);
        }
    }

    private static void Apply(MarkdownObject target, Group list, List<LiteralInline> run, List<AttributeListProblem> problems)
    {
        var attributes = target.GetAttributes();
        var element = target switch
        {
            HeadingBlock h => $"h{h.Level}",
            ParagraphBlock => "p",
            EmphasisInline { DelimiterCount: 2 } => "strong",
            EmphasisInline => "em",
            CodeInline => "code",
            LinkInline { IsImage: true } => "img",
            _ => "a",
        };
        foreach (var (name, value, index) in AttributeListSyntax.Attributes(list.Value))
        {
            var key = name.ToLowerInvariant();
            if (key == ".")
            {
                if (value.Length > 0) attributes.AddClass(value);
                continue;
            }
            if (Refusal(key) is { } refusal)
            {
                var (code, why) = refusal;
                var at = OffsetOf(run, list.Index + index);
                problems.Add(code == DiagnosticCodes.UnsafeHtmlAttribute
                    ? new AttributeListProblem(code, at, [name, element, why + "; the attribute list's attribute is left out"])
                    : new AttributeListProblem(code, at, [$"The attribute `{name}` an attribute list gives `<{element}>`", why + "; it is left out"]));
                continue;
            }
            if (key == "id") attributes.Id = value;
            else if (key == "class") foreach (var c in value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) attributes.AddClass(c);
            else attributes.AddPropertyIfNotExist(key, value);
        }
    }

    /// <summary><c>## Title ## { #id }</c>: the closing sequence stands before the list; a <c>#</c> inside a word ("C#") stays.</summary>
    private static string WithoutClosingHashes(string text)
    {
        var trimmed = text.TrimEnd();
        var hashes = trimmed.TrimEnd('#');
        return hashes.Length < trimmed.Length && (hashes.Length == 0 || hashes[^1] == ' ') ? hashes.TrimEnd() : trimmed;
    }

    private static (DiagnosticDescriptor Code, string Why)? Refusal(string name)
    {
        if (name.StartsWith("on", StringComparison.Ordinal))
            return (DiagnosticCodes.UnsafeHtmlAttribute, "it is an event handler, which would run code in every reader's browser");
        if (name.Contains(':') || !Regex.IsMatch(name, "^[a-z_][a-z0-9_.-]*$"))
            return (DiagnosticCodes.UnsafeHtmlAttribute, "it is not an attribute name the policy can check");
        if (name == "style")
            return (DiagnosticCodes.InertHtml, "inline styles are blocked by the Content-Security-Policy; use a class and the theme's CSS");
        if (UrlAttributes.Contains(name))
            return (DiagnosticCodes.InertHtml, "an attribute list cannot set a URL; write it in the Markdown link or image");
        if (!Safety.HtmlPolicy.Attributes.Contains(name) && !name.StartsWith("data-", StringComparison.Ordinal) && !name.StartsWith("aria-", StringComparison.Ordinal))
            return (DiagnosticCodes.InertHtml, "it is not on the list of attributes pages may use (see docs/diagnostics.md#raw-html-and-urls)");
        return null;
    }

    /// <summary>The literals at the end of a container, in order; an escaped character ends the run, as it is text to Python-Markdown too.</summary>
    private static List<LiteralInline> TrailingText(ContainerInline container)
    {
        var run = new List<LiteralInline>();
        for (var child = container.LastChild; child is LiteralInline literal && !literal.IsFirstCharacterEscaped; child = child.PreviousSibling)
            run.Insert(0, literal);
        return run;
    }

    private static List<LiteralInline> LeadingText(Inline? start)
    {
        var run = new List<LiteralInline>();
        for (var child = start; child is LiteralInline literal && !literal.IsFirstCharacterEscaped; child = child.NextSibling)
            run.Add(literal);
        return run;
    }

    private static string Join(List<LiteralInline> run)
    {
        var text = new StringBuilder();
        foreach (var literal in run) text.Append(literal.Content.AsSpan());
        return text.ToString();
    }

    /// <summary>Keeps the first <paramref name="length"/> characters of the run.</summary>
    private static void Truncate(List<LiteralInline> run, int length)
    {
        foreach (var literal in run)
        {
            var size = literal.Content.Length;
            if (length >= size) { length -= size; continue; }
            if (length == 0) literal.Remove();
            else literal.Content = new StringSlice(literal.Content.Text, literal.Content.Start, literal.Content.Start + length - 1);
            length = 0;
        }
    }

    /// <summary>Drops the first <paramref name="length"/> characters of the run.</summary>
    private static void DropStart(List<LiteralInline> run, int length)
    {
        foreach (var literal in run)
        {
            if (length == 0) return;
            var size = literal.Content.Length;
            if (length >= size) { literal.Remove(); length -= size; continue; }
            literal.Content = new StringSlice(literal.Content.Text, literal.Content.Start + length, literal.Content.End);
            length = 0;
        }
    }

    /// <summary>The source offset of character <paramref name="index"/> of the run's joined text.</summary>
    private static int OffsetOf(List<LiteralInline> run, int index)
    {
        foreach (var literal in run)
        {
            if (index < literal.Content.Length) return literal.Span.Start + index;
            index -= literal.Content.Length;
        }
        return run[^1].Span.End;
    }
}
