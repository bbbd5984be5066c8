namespace ChatworkGuard.Archive;

/// <summary>What an archive record says happened; written on the wire as the kebab-case names of docs/evidence-format.md.</summary>
/// <remarks>The numeric values are not part of any format: the stores and the canonical encoding use the wire name
/// (<see cref="RecordKinds.ToWireName"/>), so new kinds can be added in any position.</remarks>
public enum RecordKind
{
    /// <summary><c>room-joined</c>: the bot started watching the room.</summary>
    RoomJoined,

    /// <summary><c>room-snapshot</c>: the room's name and members as seen (details: <see cref="RoomSnapshotDetails"/>).</summary>
    RoomSnapshot,

    /// <summary><c>message-created</c>: a message seen for the first time, with the body of that version.</summary>
    MessageCreated,

    /// <summary><c>message-edited</c>: a new version of a message; the old body stays in its own earlier record.</summary>
    MessageEdited,

    /// <summary><c>message-deleted</c>: a message that vanished, with the last body the archive had.</summary>
    MessageDeleted,

    /// <summary><c>room-lost</c>: the room is gone from the bot's room list (deleted, or the bot was removed).</summary>
    RoomLost,

    /// <summary><c>warning-posted</c>: the bot posted a warning about an off-platform deal.</summary>
    WarningPosted,

    /// <summary><c>warning-suppressed</c>: a warning the bot did not post because of the cooldown.</summary>
    WarningSuppressed,

    /// <summary><c>reminder-posted</c>: the bot posted an escrow (仮払い) reminder.</summary>
    ReminderPosted,

    /// <summary><c>escrow-confirmed</c>: an allowed member confirmed that escrow is in place.</summary>
    EscrowConfirmed,

    /// <summary><c>escrow-changed</c>: any other change of the room's escrow state.</summary>
    EscrowChanged,

    /// <summary><c>checkpoint</c>: a marker written by the bot, e.g. the chain head at a point in time.</summary>
    Checkpoint,

    /// <summary><c>gap</c>: messages the bot knows existed but could not see (e.g. more than 100 arrived between reads).</summary>
    Gap,

    /// <summary><c>room-profile</c>: the room's platform or roles as inferred from the room or set by a command
    /// (details: <see cref="RoomProfileDetails"/>).</summary>
    RoomProfile,

    /// <summary><c>conflict</c>: a poll showed a message differently from the webhook version archived before (author, send
    /// time or body at the same update_time). It carries the polled version, which is authoritative; details name the
    /// webhook record and the fields that differ. A signed webhook can still be forged by whoever holds the token.</summary>
    Conflict,

    /// <summary><c>file-archived</c>: a room file's bytes were downloaded and stored by their SHA-256
    /// (details: <see cref="FileRecordDetails"/>).</summary>
    FileArchived,

    /// <summary><c>file-unavailable</c>: a room file that could not be archived, with the reason (details: <see cref="FileRecordDetails"/>).</summary>
    FileUnavailable,

    /// <summary><c>file-deleted</c>: a file the archive knew is gone from the room's file list (details: <see cref="FileRecordDetails"/>).</summary>
    FileDeleted,
}
