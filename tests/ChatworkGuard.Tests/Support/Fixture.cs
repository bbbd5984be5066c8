namespace ChatworkGuard.Tests.Support;

/// <summary>Reads the recorded response files in Chatwork/Fixtures (copied beside the test assembly).</summary>
internal static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Chatwork", "Fixtures", name));
}
