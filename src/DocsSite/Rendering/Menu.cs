using DocsSite.Pages;

namespace DocsSite.Rendering;

/// <summary>
/// The site's menu, worked out once: its groups in order, and every page of it in reading
/// order (which gives previous and next). Sections that <c>nav</c> does not name close it.
/// </summary>
internal sealed class Menu
{
    public const string SectionsGroup = "Reference";

    public Menu(IReadOnlyList<(string? Title, IReadOnlyList<Page> Pages)> named, IReadOnlyList<Page> sections)
    {
        var groups = named.Select(g => (g.Title, Pages: g.Pages.ToList())).ToList();
        var listed = groups.SelectMany(g => g.Pages).ToHashSet();
        var rest = sections.Where(s => !listed.Contains(s)).ToList();
        if (rest.Count > 0)
        {
            var titled = groups.Any(g => g.Title is not null);
            var title = titled ? SectionsGroup : null;
            var index = groups.FindLastIndex(g => g.Title == title);
            if (index >= 0) groups[index].Pages.AddRange(rest);
            else groups.Add((title, rest));
        }
        Groups = groups.Where(g => g.Pages.Count > 0).Select(g => (g.Title, (IReadOnlyList<Page>)g.Pages)).ToList();
        Order = Groups.SelectMany(g => g.Pages).Distinct().ToList();
        for (var i = 0; i < Order.Count; i++) _position[Order[i].Url] = i;
    }

    private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);

    public IReadOnlyList<(string? Title, IReadOnlyList<Page> Pages)> Groups { get; }

    /// <summary>Every page of the menu once, in reading order.</summary>
    public IReadOnlyList<Page> Order { get; }

    public Page? Previous(Page page) => _position.TryGetValue(page.Url, out var i) && i > 0 ? Order[i - 1] : null;

    public Page? Next(Page page) => _position.TryGetValue(page.Url, out var i) && i + 1 < Order.Count ? Order[i + 1] : null;

    public string? GroupOf(Page page) => Groups.FirstOrDefault(g => g.Pages.Contains(page)).Title;
}
