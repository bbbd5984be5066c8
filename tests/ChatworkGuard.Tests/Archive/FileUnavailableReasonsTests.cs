using ChatworkGuard.Archive;

namespace ChatworkGuard.Tests.Archive;

public sealed class FileUnavailableReasonsTests
{
    [Fact]
    public void ToWireName_EveryReason_IsExactlyTheDocumentedName()
    {
        var names = Enum.GetValues<FileUnavailableReason>().Select(r => r.ToWireName()).ToArray();

        // docs/evidence-format.md: archived records carry these bytes, so no member may change or lose its name.
        Assert.Equal(["url-expired", "not-found", "too-large", "html-instead-of-file", "size-mismatch", "download-failed"], names);
    }

    [Fact]
    public void ToWireName_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((FileUnavailableReason)99).ToWireName());
    }
}
