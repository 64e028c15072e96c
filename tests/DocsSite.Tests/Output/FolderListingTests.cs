using DocsSite.Output;

namespace DocsSite.Tests.Output;

public sealed class FolderListingTests
{
    [Fact]
    public void Lists_hidden_files_and_links_without_following_a_link_to_a_folder()
    {
        var root = Directory.CreateTempSubdirectory("docssite-listing-").FullName;
        try
        {
            var folder = Path.Combine(root, "out");
            var elsewhere = Path.Combine(root, "elsewhere");
            Directory.CreateDirectory(Path.Combine(folder, "a", "b"));
            Directory.CreateDirectory(elsewhere);
            File.WriteAllText(Path.Combine(elsewhere, "secret.txt"), "not the output's");
            File.WriteAllText(Path.Combine(folder, "a", "b", "index.html"), "x");
            File.WriteAllText(Path.Combine(folder, ".docssite-output"), "x");
            File.CreateSymbolicLink(Path.Combine(folder, "a", "linked"), elsewhere);

            var listing = FolderListing.Of(folder);

            Assert.Equal([".docssite-output", "a/b/index.html", "a/linked"], listing.Files.Order(StringComparer.Ordinal));
            Assert.Equal(["a", "a/b"], listing.Folders.Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
