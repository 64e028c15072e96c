using System.Text;
using DocsSite.Links;

namespace DocsSite.Tests.Links;

/// <summary>
/// The quick scan of the build's own HTML must find exactly the ids, links and lines the
/// standard's tokenizer finds, or leave the page to the tokenizer: a wrong answer would
/// break or hide a link check.
/// </summary>
public sealed class QuickHtmlScannerTests
{
    public static TheoryData<string> Tricky => new()
    {
        "<!doctype html><html><head><title>a <a href=x> b</title><script src=\"s.js\"></script></head><body><a href=\"y\">y</a></body></html>",
        "<h2 id=\"a\">A</h2><a name=\"b\"></a><a id=\"\" name=\"\">empty</a><A HREF=\"UP.html\" ID=\"Up\">x</A>",
        "<a href=\"one\" href=\"two\" id=\"first\" id=\"second\">duplicates: the first wins</a>",
        "<img src=\" a.png \" srcset=\"b.png 1x, c,d.png 2x\"><source srcset=\"e.png\"/><img src=x.png>",
        "<a href=\"?a=1&amp;b=2&#38;c=&#x27;3&#x27;&lt;&gt;&quot;&apos;\">entities</a>",
        "<a href=\"&copy;\">an entity outside the common five</a>",
        "<a href=\"&amp\">an entity without its semicolon</a>",
        "<a href='single' title='it\"s'>single quotes</a><a href=plain>plain</a><a href=pla\"in>odd</a>",
        "<div data-no-check><a href=\"skip\"></a><div><a href=\"skip2\"></a></div><a href=\"skip3\"></a></div><a href=\"kept\"></a>",
        "<a href=\"x\" data-no-check>own</a><img src=\"y\" data-no-check><p DATA-NO-CHECK><a href=z></a></P><a href=w></a>",
        "<!-- <a href=\"in-comment\"> --><a href=\"after\"></a><!----><!-- a -- b --><a href=\"c\"></a>",
        "<!--><a href=\"a\"></a>",
        "<!---><a href=\"a\"></a>",
        "<!-- x --!><a href=\"a\"></a>-->",
        "<![CDATA[<a href=\"x\">]]><a href=\"y\"></a>",
        "<?xml version=\"1.0\"?><a href=\"y\"></a>",
        "<script>var s = \"<a href='x'>\"; if (a < b) {}</script><a href=\"y\"></a>",
        "<script><!-- <script> </script> --></script><a href=\"y\"></a>",
        "<style>a > b { content: \"</a>\" }</style><textarea><a href=\"x\"></textarea ><a href=\"y\"></a>",
        "<title>t</titlex></title><a href=\"y\"></a>",
        "<plaintext><a href=\"x\">",
        "<a href=\"x\"",
        "<a href=\"unclosed>",
        "a < b and <3 and </ x> and </> and <a\thref\n=\n\"spaced\"\f>",
        "<a href=\"x\"/><a/href=\"y\"><a href=\"z\"id=\"glued\">",
        "<a =\"x\" href=\"y\">",
        "<a href=\"x\"\r\n>carriage return</a>",
        "<a href=\"nul\0\">",
        "line one\n<a href=\"2\">\n\n<img src=\"4\">\n<h1 id=\"x\">",
        "<iframe src=\"f.html\"><a href=\"inside\"></iframe><video src=\"v.mp4\"></video><audio src=\"a.mp3\"></audio><link href=\"s.css\"><area href=\"m\">",
        "<a href=\"&#0;\"></a><a href=\"&#x80;\"></a><a href=\"&#xD800;\"></a><a href=\"&#1114112;\"></a><a href=\"&#x1F600;\"></a>",
        "<svg><a href=\"s\"></a></svg><math><a href=\"m\"></a></math>",
        "<a hr\"ef=\"x\">",
        "<a href=\"x\" <b>",
        "<a HREF = \"x\" ID = 'y' >",
        "<a\u00e9 href=\"x\"></a\u00e9><a \u0131d=\"dotless\" href=\"y\">",
    };

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Finds_what_the_tokenizer_finds_or_leaves_the_page_to_it(string html) =>
        AssertSame(html, HtmlScanner.Scan(html), HtmlScanner.ScanWithTokenizer(html));

    [Fact]
    public void Reads_a_page_as_the_theme_draws_it_without_the_tokenizer()
    {
        const string page = "<!doctype html>\n<html lang=\"en\">\n<head>\n<title>A &amp; B · Site</title>\n"
            + "<script src=\"../assets/site.1.js\"></script>\n<script type=\"application/ld+json\">{\"name\":\"A &amp; B\"}</script>\n</head>\n"
            + "<body>\n<a class=\"skip-link\" href=\"#main\">Skip</a>\n<main id=\"main\">\n"
            + "<div class=\"heading\"><h2 id=\"what&#x27;s-new\">What's new</h2><a class=\"anchor\" href=\"#what&#x27;s-new\"></a></div>\n"
            + "<p><img src=\"a.png\" srcset=\"a.png 1x, a@2x.png 2x\" alt=\"\"> <a href=\"../b/?q=1&amp;r=2#x\">b</a></p>\n"
            + "<!-- no-check --><div data-no-check><a href=\"nowhere\">x</a></div>\n</main>\n</body>\n</html>\n";

        var quick = QuickHtmlScanner.TryScan(page);

        Assert.NotNull(quick);
        Assert.Equal(["main", "what's-new"], quick.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["script src ../assets/site.1.js 5", "a href #main 9", "a href #what's-new 11", "img src a.png 12", "img srcset a.png 12", "img srcset a@2x.png 12", "a href ../b/?q=1&r=2#x 12"],
            quick.Links.Select(l => $"{l.Element} {l.Attribute} {l.Url} {l.OutputLine}"));
        AssertSame(page, quick, HtmlScanner.ScanWithTokenizer(page));
    }

    [Fact]
    public void Agrees_with_the_tokenizer_on_random_html()
    {
        var random = new Random(7);
        var read = 0;
        for (var i = 0; i < 3000; i++)
        {
            var html = RandomHtml(random);
            var quick = QuickHtmlScanner.TryScan(html);
            if (quick is null) continue;
            read++;
            AssertSame(html, quick, HtmlScanner.ScanWithTokenizer(html));
        }
        // Most of it is within what the quick scan reads; otherwise this would test little.
        Assert.True(read > 1000, $"only {read} of 3000 were read without the tokenizer");
    }

    private static void AssertSame(string html, HtmlFacts actual, HtmlFacts expected)
    {
        Assert.True(expected.Ids.SetEquals(actual.Ids),
            $"ids differ for {html}: [{string.Join(", ", actual.Ids)}] against the tokenizer's [{string.Join(", ", expected.Ids)}]");
        Assert.Equal(expected.Links, actual.Links);
    }

    private static readonly string[] Names = ["a", "A", "img", "IMG", "source", "script", "style", "title", "textarea", "div", "p", "br", "iframe", "link", "h2", "span", "x-y"];
    private static readonly string[] Attributes = ["href", "HREF", "src", "srcset", "id", "Id", "name", "data-no-check", "class", "title", "alt"];
    private static readonly string[] Values =
        ["x", "", " a b ", "../p/#h", "a&amp;b", "&lt;&gt;", "&#39;", "&#x27;", "&copy;", "&amp", "a>b", "a.png 1x, b.png 2x", "\u00e9", "q=1&r=2", "#top", "&#x1F600;", "\n"];
    private static readonly string[] Texts =
        [" text ", "\n", "<", "a < b", "</>", "<!-- c -->", "<!---->", "<!-- <a href=x> -->", "&amp;", "<!doctype html>", "</ x>", "<3", "<!-- -- -->"];

    private static string RandomHtml(Random random)
    {
        var html = new StringBuilder();
        var open = new Stack<string>();
        var parts = random.Next(1, 30);
        for (var i = 0; i < parts; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                    html.Append(Texts[random.Next(Texts.Length)]);
                    break;
                case 1 when open.Count > 0:
                    html.Append("</").Append(open.Pop()).Append(random.Next(8) == 0 ? " >" : ">");
                    break;
                default:
                    var name = Names[random.Next(Names.Length)];
                    html.Append('<').Append(name);
                    var attributes = random.Next(4);
                    for (var a = 0; a < attributes; a++)
                    {
                        html.Append(random.Next(10) == 0 ? "\n" : " ").Append(Attributes[random.Next(Attributes.Length)]);
                        var value = Values[random.Next(Values.Length)];
                        switch (random.Next(5))
                        {
                            case 0: break; // no value
                            case 1: html.Append("='").Append(value.Replace("'", "")).Append('\''); break;
                            case 2 when value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || c is '>' or '&' or '"' or '\''): html.Append('=').Append(value); break;
                            default: html.Append(random.Next(6) == 0 ? " = \"" : "=\"").Append(value).Append('"'); break;
                        }
                    }
                    var selfClosing = random.Next(8) == 0;
                    html.Append(selfClosing ? "/>" : ">");
                    if (!selfClosing && name.ToLowerInvariant() is "script" or "style" or "title" or "textarea")
                        html.Append(random.Next(2) == 0 ? "a < b <a href=\"in-text\">" : "").Append("</").Append(name).Append('>');
                    else if (!selfClosing) open.Push(name);
                    break;
            }
        }
        return html.ToString();
    }
}
