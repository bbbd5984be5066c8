namespace ChatworkGuard.Archive;

/// <summary>The wire names of <see cref="RecordKind"/>, exactly as docs/evidence-format.md spells them.</summary>
public static class RecordKinds
{
    private static readonly WireNameTable<RecordKind> WireNames = new("record kind",
    [
        "room-joined",
        "room-snapshot",
        "message-created",
        "message-edited",
        "message-deleted",
        "room-lost",
        "warning-posted",
        "warning-suppressed",
        "reminder-posted",
        "escrow-confirmed",
        "escrow-changed",
        "checkpoint",
        "gap",
        "room-profile",
        "conflict",
        "file-archived",
        "file-unavailable",
        "file-deleted",
    ]);

    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<RecordKind> All { get; } = Enum.GetValues<RecordKind>();

    /// <summary>The wire name of <paramref name="kind"/>, e.g. <c>message-created</c>.</summary>
    public static string ToWireName(this RecordKind kind) => WireNames.NameOf(kind, nameof(kind));

    /// <summary>Parses a wire name; returns false for anything that is not exactly one of the names.</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out RecordKind? kind) => WireNames.TryParse(wireName, out kind);

    /// <summary>True for the kinds that carry one version of a Chatwork message (created, edited, deleted, conflict).</summary>
    public static bool IsMessageKind(this RecordKind kind) =>
        kind is RecordKind.MessageCreated or RecordKind.MessageEdited or RecordKind.MessageDeleted or RecordKind.Conflict;

    /// <summary>True for the kinds about a room file (archived, unavailable, deleted).</summary>
    public static bool IsFileKind(this RecordKind kind) =>
        kind is RecordKind.FileArchived or RecordKind.FileUnavailable or RecordKind.FileDeleted;
}
