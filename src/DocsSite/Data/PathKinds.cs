using System.Runtime.InteropServices;

namespace DocsSite.Data;

/// <summary>
/// Tells regular files from FIFOs, devices and sockets, which .NET's file APIs do not:
/// opening a FIFO blocks for ever and a device can be endless, so the build must know
/// before it opens anything.
/// </summary>
internal static class PathKinds
{
    /// <summary>The kind of <paramref name="path"/> itself; a symbolic link is reported as one, not followed.</summary>
    public static PathKind Of(string path)
    {
        if (OperatingSystem.IsWindows() || !_shim) return FromAttributes(path);
        var status = new byte[StatusSize];
        try
        {
            if (LStat(path, status) != 0) return PathKind.Missing;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim (a trimmed native build, say): attributes still tell folders and links apart.
            _shim = false;
            return FromAttributes(path);
        }
        // The runtime's shim (libSystem.Native) normalises the mode bits to the POSIX values on
        // every Unix; the mode is the second 32-bit field of its status record.
        return (BitConverter.ToInt32(status, 4) & 0xF000) switch
        {
            0x8000 => PathKind.Regular,
            0x4000 => PathKind.Directory,
            0xA000 => PathKind.SymbolicLink,
            0x1000 => PathKind.Fifo,
            0x2000 => PathKind.CharacterDevice,
            0x6000 => PathKind.BlockDevice,
            0xC000 => PathKind.Socket,
            _ => PathKind.Other,
        };
    }

    public static string Describe(PathKind kind) => kind switch
    {
        PathKind.Regular => "a file",
        PathKind.Fifo => "a named pipe (FIFO)",
        PathKind.CharacterDevice => "a character device",
        PathKind.BlockDevice => "a block device",
        PathKind.Socket => "a socket",
        PathKind.Directory => "a folder",
        PathKind.SymbolicLink => "a symbolic link",
        PathKind.Missing => "missing",
        _ => "not a regular file",
    };

    private static bool _shim = true;

    /// <summary>Windows has no FIFOs or devices among ordinary paths, so attributes are enough there.</summary>
    private static PathKind FromAttributes(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path)) return info.LinkTarget is null ? PathKind.Missing : PathKind.SymbolicLink;
        var attributes = info.Attributes;
        if (attributes.HasFlag(FileAttributes.ReparsePoint)) return PathKind.SymbolicLink;
        return attributes.HasFlag(FileAttributes.Directory) ? PathKind.Directory : PathKind.Regular;
    }

    // Larger than the shim's status record on every version (about 120 bytes), so it never writes past the end.
    private const int StatusSize = 512;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
