using System.Text.RegularExpressions;

namespace DocsSite.Markdown.AttributeLists;

/// <summary>
/// Python-Markdown's <c>attr_list</c> syntax, as MkDocs reads it: <c>{: #id .class key="value" }</c>,
/// the colon optional, no <c>}</c> or line break inside. Where it may stand follows the same rules:
/// after at least one space at the end of a heading, on the last line of a paragraph by itself,
/// or right after an inline element (emphasis, code, a link or an image) with no space between.
/// </summary>
internal static partial class AttributeListSyntax
{
    /// <summary>At the end of a heading's text: <c>## Title { #id }</c>.</summary>
    [GeneratedRegex("""[ ]+\{:?[ ]*(?<list>[^}\n ][^}\n]*?)[ ]*\}[ ]*$""")]
    public static partial Regex Heading();

    /// <summary>The whole last line of a paragraph.</summary>
    [GeneratedRegex("""^[ ]*\{:?[ ]*(?<list>[^}\n ][^}\n]*?)[ ]*\}[ ]*$""")]
    public static partial Regex Block();

    /// <summary>The text right after an inline element.</summary>
    [GeneratedRegex("""^\{:?[ ]*(?<list>[^}\n ][^}\n]*?)[ ]*\}""")]
    public static partial Regex Inline();

    // The scanner of attr_list: quoted values, bare values, then words; spaces separate.
    [GeneratedRegex("""\G(?:(?<key>[^ =]+)="(?<value>.*?)"|(?<key>[^ =]+)='(?<value>.*?)'|(?<key>[^ =]+)=(?<value>[^ =]+)|(?<word>[^ =]+)| )""")]
    private static partial Regex Token();

    /// <summary>The attributes of a list's inner text, each with its index in that text. <c>#x</c> is the id, <c>.x</c> a class, a bare word is <c>word="word"</c>.</summary>
    public static IEnumerable<(string Name, string Value, int Index)> Attributes(string list)
    {
        var at = 0;
        while (at < list.Length && Token().Match(list, at) is { Success: true, Length: > 0 } token)
        {
            at += token.Length;
            if (token.Groups["word"] is { Success: true, Value: var word })
                yield return word switch
                {
                    ['.', .. var name] => (".", name, token.Index),
                    ['#', .. var id] => ("id", id, token.Index),
                    _ => (word, word, token.Index),
                };
            else if (token.Groups["key"].Success)
                yield return (token.Groups["key"].Value, token.Groups["value"].Value, token.Index);
        }
    }
}
