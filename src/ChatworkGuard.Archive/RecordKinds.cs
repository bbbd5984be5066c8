using System.Diagnostics.CodeAnalysis;

namespace ChatworkGuard.Archive;

/// <summary>The wire names of <see cref="RecordKind"/>, exactly as docs/evidence-format.md spells them.</summary>
public static class RecordKinds
{
    private static readonly string[] WireNames =
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
    ];

    private static readonly Dictionary<string, RecordKind> ByName = CreateLookup();

    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<RecordKind> All { get; } = Enum.GetValues<RecordKind>();

    /// <summary>The wire name of <paramref name="kind"/>, e.g. <c>message-created</c>.</summary>
    public static string ToWireName(this RecordKind kind)
    {
        var index = (int)kind;
        if ((uint)index >= (uint)WireNames.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a known record kind.");
        }

        return WireNames[index];
    }

    /// <summary>Parses a wire name; returns false for anything that is not exactly one of the names.</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out RecordKind? kind)
    {
        if (wireName is not null && ByName.TryGetValue(wireName, out var found))
        {
            kind = found;
            return true;
        }

        kind = null;
        return false;
    }

    /// <summary>True for the kinds that carry one version of a Chatwork message (created, edited, deleted, conflict).</summary>
    public static bool IsMessageKind(this RecordKind kind) =>
        kind is RecordKind.MessageCreated or RecordKind.MessageEdited or RecordKind.MessageDeleted or RecordKind.Conflict;

    /// <summary>True for the kinds about a room file (archived, unavailable, deleted).</summary>
    public static bool IsFileKind(this RecordKind kind) =>
        kind is RecordKind.FileArchived or RecordKind.FileUnavailable or RecordKind.FileDeleted;

    private static Dictionary<string, RecordKind> CreateLookup()
    {
        var lookup = new Dictionary<string, RecordKind>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            lookup.Add(kind.ToWireName(), kind);
        }

        return lookup;
    }
}
