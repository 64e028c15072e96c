using System.Buffers;
using System.Text;
using DocsSite.Outputs;

namespace DocsSite.Tests.Outputs;

public sealed class ByteSequenceBuilderTests
{
    private static string Text(ByteSequenceBuilder builder) => Encoding.UTF8.GetString(builder.ToSequence().ToArray());

    [Fact]
    public void Pieces_read_as_one_text_in_the_order_they_were_added()
    {
        var builder = new ByteSequenceBuilder().Append("# Title\n\n").Append(Encoding.UTF8.GetBytes("naïve café")).Append("").Append("\n");
        Assert.Equal("# Title\n\nnaïve café\n", Text(builder));
        Assert.Equal(Encoding.UTF8.GetByteCount("# Title\n\nnaïve café\n"), builder.ToSequence().Length);
    }

    [Theory]
    [InlineData(new[] { "text", " \n", "\n\n" }, "text")]
    [InlineData(new[] { "text \u00a0", "\t" }, "text")]
    [InlineData(new[] { "a ", "b\u3000 \n" }, "a b")]
    [InlineData(new[] { " ", "\n" }, "")]
    [InlineData(new string[0], "")]
    public void Trimming_the_end_crosses_pieces_as_string_TrimEnd_would(string[] pieces, string expected)
    {
        var builder = new ByteSequenceBuilder();
        foreach (var piece in pieces) builder.Append(piece);
        Assert.Equal(expected, Text(builder.TrimEnd()));
        Assert.Equal(string.Concat(pieces).TrimEnd(), expected);
    }
}
