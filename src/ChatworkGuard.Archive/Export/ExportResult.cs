using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Archive.Export;

/// <summary>The files an export wrote and what it found.</summary>
/// <param name="HtmlPath">room-&lt;id&gt;.html.</param>
/// <param name="JsonPath">room-&lt;id&gt;.json.</param>
/// <param name="ManifestPath">manifest.json.</param>
/// <param name="Verification">The chain check done while exporting (an export of a broken chain says so).</param>
public sealed record ExportResult(string HtmlPath, string JsonPath, string ManifestPath, RoomVerification Verification)
{
    /// <summary>The room files the bundle lists, and whether each one's bytes are in <c>files/</c>.</summary>
    public IReadOnlyList<ExportedFile> Files { get; init; } = [];
}
