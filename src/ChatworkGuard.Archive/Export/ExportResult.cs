namespace ChatworkGuard.Archive.Export;

/// <summary>The files an export wrote and what it found.</summary>
/// <param name="HtmlPath">room-&lt;id&gt;.html.</param>
/// <param name="JsonPath">room-&lt;id&gt;.json.</param>
/// <param name="ManifestPath">manifest.json.</param>
/// <param name="Verification">The check of the room's whole chain done while exporting (an export of a broken chain
/// says so, a slice too).</param>
public sealed record ExportResult(string HtmlPath, string JsonPath, string ManifestPath, RoomVerification Verification)
{
    /// <summary>The room files the bundle lists, and whether each one's bytes are in <c>files/</c>.</summary>
    public IReadOnlyList<ExportedFile> Files { get; init; } = [];

    /// <summary>The slice the files hold, or null when they hold the whole chain.</summary>
    public ExportSlice? Slice { get; init; }
}
