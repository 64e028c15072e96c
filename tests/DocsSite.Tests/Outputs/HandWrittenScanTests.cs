using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocsSite.Outputs.Files;
using DocsSite.Rendering.Outline;

namespace DocsSite.Tests.Outputs;

/// <summary>
/// The search index's sections, the headings' anchors and contents, the code blocks' labels and
/// the cleaning of llms-full.txt are hand-written scans, for speed. Each must give what the
/// regular expressions it replaced gave (kept here as the reference), or readers would find
/// other search results, anchors and text than before.
/// </summary>
public sealed partial class HandWrittenScanTests
{
    public static TheoryData<string> Pages => new()
    {
        Page("<h1>Title</h1><p>Intro &amp; more.</p><h2 id=\"a\">A <code>x</code></h2><p>Text of a.</p><h3 id=\"b\" class=\"c\">B</h3><p>b</p>"),
        Page("<p>Before<sup class=\"cite\"><a href=\"#ref-1\">[1]</a></sup> after.</p><h2 id=\"x\">X<sup class=\"cite\">[2]</sup></h2>"
            + "<section class=\"references\"><h2 id=\"references\">References</h2><ol><li>r</li></ol></section><p>tail</p>"),
        Page("<nav class=\"pager\"><a href=\"p\">Previous</a></nav><navigation>kept</navigation><script>var a = '<h2 id=\"no\">';</script><p>ok</p>"),
        Page("<div class=\"heading\"><h2 id=\"q\">Q</h2><a class=\"anchor\" href=\"#q\"><span class=\"visually-hidden\">Section titled “Q”</span></a></div><p>answer</p>"),
        Page("<table><caption>Cap</caption><tr><td>a</td><td>b</td></tr></table><h4 id=\"four\">Four</h4><p>x&nbsp;y&#160;z &lt;tag&gt;</p>"),
        Page("<h2 data-id=\"d\" id=\"e\">E</h2><p>one</p><h2 xid=\"no\">No id</h2><p>two</p><h2 id=\"\">Empty</h2><h2  id=\"sp\">Two spaces</h2><h5 id=\"five\">5</h5>"),
        Page("<h2 id=\"unclosed\">Never closed<p>text</p><h3 id=\"mixed\">Mixed</h2><p>x</p><h2 id=\"a>b\">Odd id</h2>"),
        Page("<pre><code class=\"language-sh\">ls</code></pre><pre><code class=\"language-\">none</code></pre><pre><code class=\"language-c#.net+x_y-z\">c</code></pre>"
            + "<h2 id=\"code\">Code <pre><code class=\"language-py\">x</code></pre></h2>"),
        Page("<p>" + string.Join(' ', Enumerable.Repeat("word", 200)) + "</p><h2 id=\"long\">Long</h2><p>" + new string('x', 700) + "</p>"),
        Page("<p>a\tb\n\n\nc \u2003 d\u00a0\u00a0e</p>\n\n\n\n<ul>\n<li>  one  </li>\n<li>two</li></ul><p>\r\nend\r</p>"),
        Page("<p>< not a tag <> and <x</p><h\u0131 id=\"i\">dotless</h\u0131><h2 \u00e9id=\"accent\">Accent</h2><h2 _id=\"under\">Under</h2><h2 -id=\"dash\">Dash</h2>"),
        "<main><p>no content div</p></main>",
        "<div class=\"content\"><p>no main end</p>",
        "",
    };

    private static string Page(string content) =>
        "<!doctype html><html><body><main id=\"main\"><nav class=\"breadcrumbs\"><a href=\"../\">Home</a></nav>"
        + "<div class=\"content\"><article class=\"prose\">" + content + "</article></div></main><footer>f</footer></body></html>";

    [Theory]
    [MemberData(nameof(Pages))]
    public void Search_sections_are_what_the_patterns_gave(string html)
    {
        var sections = new List<string>();
        SearchSections.Read(html, 600, (id, heading, text) => sections.Add($"{id}|{heading.ToString()}|{text.ToString()}"));
        Assert.Equal(Reference.Sections(html, 600), sections);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Headings_and_code_labels_are_what_the_patterns_gave(string html)
    {
        var (body, toc) = HeadingOutline.Process(html);
        var (expectedBody, expectedToc) = Reference.Outline(html);
        Assert.Equal(expectedBody, body);
        Assert.Equal(expectedToc, toc.Select(t => $"{t.Level}|{t.Id}|{t.Text}"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Llms_text_is_what_the_patterns_gave(string html)
    {
        var text = PageText.OfMain(html);
        Assert.Equal(Reference.Clean(text), LlmsFiles.Clean(text));
    }

    [Fact]
    public void Agree_on_random_pages()
    {
        var random = new Random(3);
        string[] pieces =
        [
            "<h2 id=\"a\">", "</h2>", "<h3 id=\"b-c\" class=\"x\">", "</h3>", "<h1>", "</h1>", "<h4 id=\"d\">", "</h4>", "<h2>", "<p>", "</p>",
            "<sup class=\"cite\">[1]</sup>", "<nav>", "</nav>", "<script>", "</script>", "<span class=\"visually-hidden\">", "</span>",
            "<caption>", "</caption>", "<section class=\"references\">", "</section>", "<pre><code class=\"language-sh\">", "</code></pre>",
            "word", " ", "  ", "\n", "\n\n\n", "\t", "&amp;", "&nbsp;", "&lt;", "\u00a0", "<", ">", "<>", "<td>", "<br>", "x y z. And more. ",
        ];
        for (var n = 0; n < 2000; n++)
        {
            var content = new StringBuilder();
            for (var k = random.Next(1, 40); k > 0; k--) content.Append(pieces[random.Next(pieces.Length)]);
            var html = Page(content.ToString());

            var sections = new List<string>();
            SearchSections.Read(html, 60, (id, heading, text) => sections.Add($"{id}|{heading.ToString()}|{text.ToString()}"));
            Assert.Equal(Reference.Sections(html, 60), sections);
            var (body, toc) = HeadingOutline.Process(html);
            var (expectedBody, expectedToc) = Reference.Outline(html);
            Assert.Equal(expectedBody, body);
            Assert.Equal(expectedToc, toc.Select(t => $"{t.Level}|{t.Id}|{t.Text}"));
            var text = PageText.OfMain(html);
            Assert.Equal(Reference.Clean(text), LlmsFiles.Clean(text));
        }
    }

    /// <summary>The patterns as they were, before the scans replaced them (one difference noted where it is).</summary>
    private static partial class Reference
    {
        public static List<string> Sections(string html, int maxText)
        {
            var start = html.IndexOf("<div class=\"content\">", StringComparison.Ordinal);
            var end = html.IndexOf("</main>", StringComparison.Ordinal);
            if (start < 0 || end < start) return [];
            var content = Drop().Replace(html[start..end], m => m.Value.StartsWith("<sup", StringComparison.Ordinal) ? "" : " ");
            var sections = new List<string>();
            var at = 0;
            string id = "", heading = "";
            foreach (Match m in SearchHeading().Matches(content))
            {
                Add(sections, id, heading, content[at..m.Index], maxText);
                id = m.Groups["id"].Value;
                heading = Text(m.Groups["inner"].Value);
                at = m.Index + m.Length;
            }
            Add(sections, id, heading, content[at..], maxText);
            return sections;
        }

        private static void Add(List<string> sections, string id, string heading, string html, int maxText)
        {
            var text = Text(html);
            // One change on purpose: a first word longer than the limit is cut at the limit (the pattern version threw there).
            if (text.Length > maxText) text = text[..(text.LastIndexOf(' ', maxText) is var cut and >= 0 ? cut : maxText)];
            if (text.Length == 0 && heading.Length == 0) return;
            sections.Add($"{id}|{heading}|{text}");
        }

        private static string Text(string html) => Space().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();

        public static (string Html, List<string> Toc) Outline(string html)
        {
            var toc = new List<string>();
            html = OutlineHeading().Replace(html, m =>
            {
                var level = m.Groups["level"].Value[0] - '0';
                var id = m.Groups["id"].Value;
                var text = HeadingOutline.PlainText(m.Groups["inner"].Value);
                if (level <= 3) toc.Add($"{level}|{id}|{text}");
                return $"<div class=\"heading\">{m.Value}<a class=\"anchor\" href=\"#{id}\"><span class=\"visually-hidden\">Section titled “{WebUtility.HtmlEncode(text)}”</span></a></div>";
            });
            html = CodeBlock().Replace(html, m => $"<pre data-lang=\"{m.Groups["lang"].Value}\"><code class=\"language-{m.Groups["lang"].Value}");
            return (html, toc);
        }

        public static string Clean(string text) =>
            BlankLines().Replace(string.Join('\n', text.Replace("\r", "").Split('\n').Select(l => Spaces().Replace(l, " ").Trim())), "\n\n").Trim();

        [GeneratedRegex("<h[1-4](?:[^>]*?\\bid=\"(?<id>[^\"]*)\")?[^>]*>(?<inner>.*?)</h[1-4]>", RegexOptions.Singleline)]
        private static partial Regex SearchHeading();

        [GeneratedRegex("<sup class=\"cite\".*?</sup>|<section class=\"references\".*?</section>|<nav\\b.*?</nav>|<script\\b.*?</script>|<span class=\"visually-hidden\">.*?</span>|<caption>.*?</caption>", RegexOptions.Singleline)]
        private static partial Regex Drop();

        [GeneratedRegex("<[^>]+>")]
        private static partial Regex Tag();

        [GeneratedRegex("\\s+")]
        private static partial Regex Space();

        [GeneratedRegex("<h(?<level>[2-4])(?<attrs> [^>]*?)?\\bid=\"(?<id>[^\"]+)\"[^>]*>(?<inner>.*?)</h\\k<level>>", RegexOptions.Singleline)]
        private static partial Regex OutlineHeading();

        [GeneratedRegex("<pre><code class=\"language-(?<lang>[A-Za-z0-9_+#.-]+)")]
        private static partial Regex CodeBlock();

        [GeneratedRegex(@"\n{3,}")]
        private static partial Regex BlankLines();

        [GeneratedRegex(@"[ \t\u00a0]+")]
        private static partial Regex Spaces();
    }
}
