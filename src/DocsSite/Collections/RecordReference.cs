using DocsSite.Yaml;

namespace DocsSite.Collections;

/// <summary>A record naming an id of some <see cref="IdSpace"/> by its kind: a fact's source, a cell's facts.</summary>
internal readonly record struct RecordReference(string Kind, Located<string> Id);
