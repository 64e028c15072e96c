using DocsSite.Diagnostics;

namespace DocsSite.Content;

/// <summary>A record of a data collection: its id, and where it was written.</summary>
internal interface IRecord
{
    string Id { get; }

    SourceLocation At { get; }
}
