namespace DocsSite.Data;

/// <summary>What a path names on disk, as <c>lstat</c> or <c>stat</c> sees it.</summary>
internal enum PathKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
