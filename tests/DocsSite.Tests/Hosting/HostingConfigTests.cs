using System.Text.RegularExpressions;
using DocsSite.Tests.Support;

namespace DocsSite.Tests.Hosting;

/// <summary>What netlify.toml promises: the pages' own policy as a header, the other security headers, and an SDK install from global.json.</summary>
public sealed partial class HostingConfigTests
{
    private static readonly string Netlify = File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml"));

    [Fact]
    public void The_header_policy_is_the_pages_meta_policy_plus_frame_ancestors()
    {
        var meta = MetaPolicy().Match(File.ReadAllText(Path.Combine(Repo.Theme, "layouts/base.hbs")));
        Assert.True(meta.Success, "theme/layouts/base.hbs has no Content-Security-Policy meta.");
        var header = HeaderValue("Content-Security-Policy");
        Assert.Equal(meta.Groups[1].Value + "; frame-ancestors 'none'", header);
    }

    [Theory]
    [InlineData("X-Content-Type-Options", "nosniff")]
    [InlineData("Referrer-Policy", "strict-origin-when-cross-origin")]
    [InlineData("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")]
    public void Every_response_carries_the_security_headers(string name, string value) => Assert.Equal(value, HeaderValue(name));

    [Fact]
    public void The_build_installs_the_sdk_global_json_names_and_passes_each_context_its_url()
    {
        var script = File.ReadAllText(Path.Combine(Repo.Root, "scripts/netlify-build.sh"));
        Assert.Contains("dotnet-install.sh --jsonfile global.json --install-dir \"$DOTNET_ROOT\"", script);
        Assert.Contains("--base-url \"$base_url\"", script);
        Assert.Contains("command = \"bash scripts/netlify-build.sh \\\"$URL\\\"\"", Netlify);
        Assert.Contains("[context.deploy-preview]\n  command = \"bash scripts/netlify-build.sh \\\"$DEPLOY_PRIME_URL\\\"\"", Netlify.ReplaceLineEndings("\n"));
        Assert.Contains("publish = \"output\"", Netlify);
    }

    private static string HeaderValue(string name)
    {
        var match = Regex.Match(Netlify, $"^\\s*{Regex.Escape(name)} = \"([^\"]*)\"", RegexOptions.Multiline);
        Assert.True(match.Success, $"netlify.toml sends no {name}.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")]
    private static partial Regex MetaPolicy();
}
