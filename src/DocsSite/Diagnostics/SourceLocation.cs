namespace DocsSite.Diagnostics;

/// <summary>A place in an input file: path relative to the input root with '/' separators, 1-based line and column.</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation WholeFile(string file) => new(file, 0, 0);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
