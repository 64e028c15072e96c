namespace DocsSite.Safety;

/// <summary>Turns a character offset into a 0-based line and column of one text.</summary>
internal sealed class LineMap(string text)
{
    private readonly int[] _starts = Starts(text);

    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = Array.BinarySearch(_starts, offset);
        if (line < 0) line = ~line - 1;
        return (line, offset - _starts[line]);
    }

    private static int[] Starts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        return starts.ToArray();
    }
}
