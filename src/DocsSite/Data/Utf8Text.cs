using System.Buffers;
using System.Text;
using DocsSite.Diagnostics;

namespace DocsSite.Data;

/// <summary>
/// Decodes an input file as strict UTF-8. A byte sequence that is not UTF-8, or a NUL byte,
/// is reported at its line and column instead of turning silently into U+FFFD; a leading
/// byte order mark is accepted and dropped.
/// </summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text, and the first problem in it (null when the bytes are clean UTF-8 without NUL).</summary>
    public static (string Text, Problem? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var problem = FirstProblem(bytes);
        return (Lenient.GetString(bytes), problem);
    }

    private static Problem? FirstProblem(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        // Clean files, nearly all of them, are told by one vectorised pass; only a bad one is decoded to find its place.
        if (nul < 0 && System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        var invalid = -1;
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var rest = bytes;
            var offset = 0;
            while (rest.Length > 0)
            {
                var status = System.Text.Unicode.Utf8.ToUtf16(rest, chars, out var read, out _, replaceInvalidSequences: false);
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    invalid = offset + read;
                    break;
                }
                offset += read;
                rest = rest[read..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
        if (invalid >= 0 && (nul < 0 || invalid < nul))
            return new Problem(DiagnosticCodes.InputNotUtf8, invalid, Position(bytes, invalid), $"byte 0x{bytes[invalid]:X2}");
        if (nul >= 0) return new Problem(DiagnosticCodes.InputNulByte, nul, Position(bytes, nul), "NUL byte");
        return null;
    }

    /// <summary>1-based line and column of a byte; the column counts characters, as every other diagnostic does.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var line = 1 + before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, 1 + Encoding.UTF8.GetCharCount(before[lineStart..]));
    }

    internal sealed record Problem(DiagnosticDescriptor Code, int Offset, (int Line, int Column) At, string What);
}
