namespace DocsSite.Diagnostics;

/// <summary>
/// Where each line of a text starts, to turn a character offset into a 0-based line and column.
/// A line ends at \n, \r\n or a lone \r, as Markdig and YAML count them, so positions agree
/// whatever line endings a file has. The one place positions are computed from offsets.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _starts;
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (text[i] is '\n' or '\r') starts.Add(i + 1);
        }
        _starts = starts.ToArray();
    }

    public int Count => _starts.Length;

    /// <summary>The offset where a 0-based line starts; past the last line, the end of the text.</summary>
    public int StartOf(int line) => line < _starts.Length ? _starts[Math.Max(0, line)] : _length;

    /// <summary>The 0-based line holding an offset (clamped to the text).</summary>
    public int LineOf(int offset)
    {
        var line = Array.BinarySearch(_starts, Math.Clamp(offset, 0, _length));
        return line < 0 ? ~line - 1 : line;
    }

    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var line = LineOf(offset);
        return (line, offset - _starts[line]);
    }
}
