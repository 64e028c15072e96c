namespace DocsSite.Scaffold;

/// <summary>A record already in a YAML list: its id, the 1-based line of its dash, and of the comments just above it.</summary>
internal sealed record RecordSpan(string Id, int DashLine, int FirstLine);
