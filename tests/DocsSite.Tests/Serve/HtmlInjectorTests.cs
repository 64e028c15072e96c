using DocsSite.Serve;

namespace DocsSite.Tests.Serve;

public sealed class HtmlInjectorTests
{
    [Fact]
    public void The_script_goes_before_the_end_of_head_and_the_policy_lets_it_open_its_event_stream()
    {
        const string page = """<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'"><title>x</title></head><body></body></html>""";
        var html = HtmlInjector.Inject(page);
        Assert.Contains("""content="default-src 'none'; script-src 'self'; connect-src 'self'">""", html);
        Assert.Contains("""<title>x</title><script src="/_docssite/reload.js" defer></script></head>""", html);
    }

    [Fact]
    public void A_policy_that_already_names_connect_src_is_left_alone()
    {
        const string page = """<head><meta content="connect-src 'self' https://example.org" http-equiv="content-security-policy"></head>""";
        Assert.Contains("""content="connect-src 'self' https://example.org" """.TrimEnd(), HtmlInjector.Inject(page));
        Assert.DoesNotContain("connect-src 'self'; connect-src", HtmlInjector.Inject(page));
    }
}
