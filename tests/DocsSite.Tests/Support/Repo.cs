namespace DocsSite.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

    /// <summary>The OCI runtime and image specifications, committed with their licences and NOTICE.</summary>
    public static string OciSpecs => Path.Combine(Root, "tests", "DocsSite.Tests", "Corpora", "oci-specs");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DocsSite.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("DocsSite.sln not found above the test binaries.");
    }
}
