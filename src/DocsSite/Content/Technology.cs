using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

internal sealed record Technology(string Id, SourceLocation At, string Name, Located<string>? Definition);
