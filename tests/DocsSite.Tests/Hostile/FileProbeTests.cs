using System.Text;
using DocsSite.Data;

namespace DocsSite.Tests.Hostile;

/// <summary>The pieces the input walk stands on: what a path is, where a link really leads, where text stops being UTF-8.</summary>
public sealed class FileProbeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docssite-tests", Guid.NewGuid().ToString("N"));

    public FileProbeTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Each_kind_of_path_is_told_apart_without_opening_it()
    {
        File.WriteAllText(Path.Combine(_root, "file"), "x");
        File.CreateSymbolicLink(Path.Combine(_root, "link"), "file");
        Hostile.MakeFifo(Path.Combine(_root, "fifo"));
        Hostile.MakeSocket(Path.Combine(_root, "sock"));
        Assert.Equal(PathKind.Regular, PathKinds.Of(Path.Combine(_root, "file")));
        Assert.Equal(PathKind.Directory, PathKinds.Of(_root));
        Assert.Equal(PathKind.SymbolicLink, PathKinds.Of(Path.Combine(_root, "link")));
        Assert.Equal(PathKind.Fifo, PathKinds.Of(Path.Combine(_root, "fifo")));
        Assert.Equal(PathKind.Socket, PathKinds.Of(Path.Combine(_root, "sock")));
        Assert.Equal(PathKind.CharacterDevice, PathKinds.Of("/dev/null"));
        Assert.Equal(PathKind.Missing, PathKinds.Of(Path.Combine(_root, "nothing")));
    }

    [Fact]
    public void A_chain_of_links_resolves_to_the_real_file_and_a_loop_to_nothing()
    {
        Directory.CreateDirectory(Path.Combine(_root, "real", "deep"));
        File.WriteAllText(Path.Combine(_root, "real", "deep", "page.md"), "# P");
        Directory.CreateSymbolicLink(Path.Combine(_root, "alias"), "real/deep");
        File.CreateSymbolicLink(Path.Combine(_root, "first"), "alias/../deep/page.md");
        File.CreateSymbolicLink(Path.Combine(_root, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(_root, "b"), "a");

        // "alias/.." is the parent of where alias really leads (real/), as the kernel resolves it.
        Assert.Equal(Path.Combine(_root, "real", "deep", "page.md"), RealPath.Of(Path.Combine(_root, "first")));
        Assert.Null(RealPath.Of(Path.Combine(_root, "a")));
        Assert.Equal(Path.Combine(_root, "not", "there"), RealPath.Of(Path.Combine(_root, "not", "there")));
        Assert.True(RealPath.IsInside(Path.Combine(_root, "x"), _root));
        Assert.False(RealPath.IsInside(_root + "-other", _root));
    }

    [Theory]
    [InlineData("ab\u00ffcd", 0, null, 0, 0)] // valid: ÿ written as UTF-8
    [InlineData("line\r\nx\u00e9y", 1, "DS0014", 2, 2)] // é given as the Latin-1 byte 0xE9
    [InlineData("\u65e5\u672c\u00e9", 1, "DS0014", 1, 3)] // columns count characters, not bytes
    [InlineData("a\nb\nc\0", 0, "DS0015", 3, 2)]
    public void The_first_bad_byte_is_found_at_its_line_and_column(string text, int latin1, string? code, int line, int column)
    {
        // With latin1 = 1, é is written as one byte (not UTF-8); everything else as UTF-8.
        var bytes = latin1 == 1
            ? Encoding.UTF8.GetBytes(text[..text.IndexOf('\u00e9')]).Append((byte)0xE9).Concat(Encoding.UTF8.GetBytes(text[(text.IndexOf('\u00e9') + 1)..])).ToArray()
            : Encoding.UTF8.GetBytes(text);
        var (_, problem) = Utf8Text.Decode([0xEF, 0xBB, 0xBF, .. bytes]);
        Assert.Equal(code, problem?.Code.Code);
        if (problem is not null) Assert.Equal((line, column), problem.At);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_and_not_counted()
    {
        var (text, problem) = Utf8Text.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);
        Assert.Equal("hi", text);
        Assert.Null(problem);
    }
}
