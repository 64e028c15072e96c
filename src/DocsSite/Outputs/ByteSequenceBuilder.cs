using System.Buffers;
using System.Text;

namespace DocsSite.Outputs;

/// <summary>
/// A large generated file (the search index, <c>llms-full.txt</c>) as the pieces it is made of, linked
/// without copying. One array of the whole file would be a large object, and large objects are collected
/// only with the whole heap: at a thousand pages that was a full collection of its own.
/// </summary>
internal sealed class ByteSequenceBuilder
{
    private readonly List<ReadOnlyMemory<byte>> _pieces = [];

    public ByteSequenceBuilder Append(ReadOnlyMemory<byte> bytes)
    {
        if (!bytes.IsEmpty) _pieces.Add(bytes);
        return this;
    }

    public ByteSequenceBuilder Append(string text) => Append(Encoding.UTF8.GetBytes(text));

    /// <summary>Drops the white space at the end, as <see cref="string.TrimEnd()"/> would from the text.</summary>
    public ByteSequenceBuilder TrimEnd()
    {
        while (_pieces.Count > 0)
        {
            var last = _pieces[^1];
            var kept = last.Span.Length;
            while (Rune.DecodeLastFromUtf8(last.Span[..kept], out var rune, out var length) == OperationStatus.Done && Rune.IsWhiteSpace(rune))
                kept -= length;
            if (kept > 0)
            {
                _pieces[^1] = last[..kept];
                break;
            }
            _pieces.RemoveAt(_pieces.Count - 1);
        }
        return this;
    }

    public ReadOnlySequence<byte> ToSequence()
    {
        if (_pieces.Count == 0) return ReadOnlySequence<byte>.Empty;
        if (_pieces.Count == 1) return new ReadOnlySequence<byte>(_pieces[0]);
        var first = new Piece(_pieces[0], 0);
        var last = first;
        for (var i = 1; i < _pieces.Count; i++) last = last.Then(_pieces[i]);
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Piece : ReadOnlySequenceSegment<byte>
    {
        public Piece(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Piece Then(ReadOnlyMemory<byte> memory)
        {
            var next = new Piece(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
