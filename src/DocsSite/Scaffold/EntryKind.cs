namespace DocsSite.Scaffold;

/// <summary>What <c>docssite new</c> can start: a record of a collection, a comparison dimension, or a page.</summary>
/// <param name="Name">The word on the command line.</param>
/// <param name="Collection">The data collection (file or folder under <c>_data/</c>); null for a page.</param>
/// <param name="Label">How messages name one entry.</param>
internal sealed record EntryKind(string Name, string? Collection, string Label)
{
    public static readonly EntryKind Definition = new("definition", "definitions", "definition");
    public static readonly EntryKind Fact = new("fact", "facts", "fact");
    public static readonly EntryKind Source = new("source", "sources", "source");
    public static readonly EntryKind Faq = new("faq", "faq", "FAQ entry");
    public static readonly EntryKind Analogy = new("analogy", "analogies", "analogy");
    public static readonly EntryKind Dimension = new("dimension", "comparison", "comparison dimension");
    public static readonly EntryKind Page = new("page", null, "page");

    public static IReadOnlyList<EntryKind> All { get; } = [Definition, Fact, Source, Faq, Analogy, Dimension, Page];

    public static EntryKind Named(string name) => All.Single(k => k.Name == name);
}
