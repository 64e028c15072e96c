namespace DocsSite.Rendering.Views;

/// <summary><see cref="Heading"/> is the title for the page's h1, or null when the Markdown starts with its own "# ".</summary>
internal sealed record ArticleView(string? Heading, string Content);

/// <summary>404.html: the way home and to the site's sections.</summary>
internal sealed record NotFoundView(string Home, IReadOnlyList<LinkView> Sections);

/// <summary>The search page: the script that searches, and the pages to browse when it cannot run.</summary>
internal sealed record SearchView(string Script, IReadOnlyList<LinkView> Browse);

internal sealed record HomeView(string? Heading, string Content, IReadOnlyList<LinkView> Sections);

internal sealed record GlossaryView(IReadOnlyList<LetterView> Letters);

internal sealed record LetterView(string Letter, string Anchor, IReadOnlyList<LinkView> Terms);

internal sealed record TermView(
    string Id,
    string Term,
    IReadOnlyList<string> Aliases,
    string Short,
    string Body,
    IReadOnlyList<LinkView> Related,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<LinkView> Analogies,
    IReadOnlyList<LinkView> Questions);

internal sealed record FactView(string Id, string Claim, string? Value, string? AsOf, string Locator, string Note, string Citation, string? Horizon = null);

internal sealed record SourcesView(IReadOnlyList<SourceView> Sources);

internal sealed record SourceView(
    string Id, string Title, string? Publisher, string? Author, string? Date, string? Url, string Notes, IReadOnlyList<FactView> Facts,
    string? Retrieved = null,
    string? Kind = null);
