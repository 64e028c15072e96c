using DocsSite.Diagnostics;
using DocsSite.Yaml;

namespace DocsSite.Content;

internal sealed record ComparisonCell(Located<string> Technology, SourceLocation At, MarkdownText Value, IReadOnlyList<Located<string>> Facts);
