using System.Net;
using System.Text.RegularExpressions;

namespace DocsSite.Tests.Support;

/// <summary>What a reader sees in a built page: its h1s and the main menu.</summary>
internal static partial class SiteHtml
{
    public static IReadOnlyList<string> H1s(string html) =>
        H1().Matches(html).Select(m => Text(m.Groups["text"].Value)).ToList();

    /// <summary>The main menu as "text -> href" lines, in order.</summary>
    public static IReadOnlyList<string> Menu(string html)
    {
        var nav = NavBlock().Match(html);
        Assert.True(nav.Success, "The page has no main menu.");
        return Anchor().Matches(nav.Value).Select(m => $"{Text(m.Groups["text"].Value)} -> {m.Groups["href"].Value}").ToList();
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, "")).Trim();

    [GeneratedRegex("<h1[^>]*>(?<text>.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();

    [GeneratedRegex("""<nav class="site-nav".*?</nav>""", RegexOptions.Singleline)]
    private static partial Regex NavBlock();

    [GeneratedRegex("""<a href="(?<href>[^"]*)"[^>]*>(?<text>.*?)</a>""", RegexOptions.Singleline)]
    private static partial Regex Anchor();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
