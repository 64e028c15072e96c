namespace DocsSite.Content;

/// <summary>One row of an analogy: the everyday thing and the technical thing it stands for.</summary>
internal sealed record AnalogyPair(string Everyday, string Technical);
