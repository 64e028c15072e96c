using DocsSite.Diagnostics;
using DocsSite.Safety;

namespace DocsSite.Pipeline.Steps;

/// <summary>
/// Content arrives by pull request: refuses raw HTML outside the allowlist and URLs that
/// could run code or load from elsewhere, in pages, in the Markdown fields of the data,
/// and in the <c>url</c> of source records. Settings are checked where they are read.
/// </summary>
internal sealed class CheckHtmlSafety : IBuildStep
{
    public string Name => "Checking raw HTML and URLs";

    public void Run(BuildContext context)
    {
        var bag = context.Diagnostics;
        Parallel.ForEach(context.Pages, page =>
        {
            if (page is not { Document: { } document, SourcePath: { } path }) return;
            MarkdownSafety.Check(document, () => page.Expanded?.Text ?? context.Input.ReadText(path), page.Locate, bag, page.Scan.ForSafety);
        });
        Parallel.ForEach(context.DataMarkdown.Values, parsed =>
            MarkdownSafety.Check(parsed.Document, () => parsed.Text.Text, parsed.Text.Map, bag, parsed.Scan.ForSafety));
        foreach (var source in context.Data.Sources.Values)
        {
            if (source.Url is not { } url || UrlPolicy.IsWebUrl(url.Value)) continue;
            bag.Add(DiagnosticCodes.UnsafeUrl, url.At,
                UrlPolicy.Printable(url.Value), $"the `url` of source `{source.Id}`", "use an absolute http:// or https:// address.");
        }
    }
}
