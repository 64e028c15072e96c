using DocsSite.Outputs;

namespace DocsSite.Tests.Outputs;

/// <summary>Published stylesheets and scripts are smaller, and mean exactly what the theme's files say.</summary>
public sealed class AssetMinifierTests
{
    [Fact]
    public void A_stylesheet_loses_comments_and_spaces_but_keeps_those_that_carry_meaning()
    {
        const string Css = """
            /* a comment */
            .content :is(p, ul) > a:hover { margin : 0 auto ; width: calc(100% + 0.3rem); }
            @media (min-width: 40rem) and (max-width: 80rem) {
              .a::after { content: " → /* not a comment */ ;  x"; }
            }
            """;
        Assert.Equal(
            ".content :is(p,ul)>a:hover{margin :0 auto;width:calc(100% + 0.3rem)}@media (min-width:40rem) and (max-width:80rem){.a::after{content:\" → /* not a comment */ ;  x\"}}",
            AssetMinifier.Css(Css));
    }

    [Fact]
    public void A_script_keeps_its_lines_and_strings_but_not_its_comment_lines_or_indentation()
    {
        const string Js = "// header\n(function () {\n  \"use strict\";\n\n  var url = \"http://example.org\"; // kept: not a whole line\n})();\n";
        Assert.Equal("(function () {\n\"use strict\";\nvar url = \"http://example.org\"; // kept: not a whole line\n})();\n", AssetMinifier.Js(Js));
        const string Template = "var s = `\n  indented\n`;\n";
        Assert.Equal(Template, AssetMinifier.Js(Template));
    }
}
