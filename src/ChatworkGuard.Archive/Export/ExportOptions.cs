namespace ChatworkGuard.Archive.Export;

/// <summary>What an export states about itself.</summary>
public sealed record ExportOptions
{
    /// <summary>The chatwork-guard version written into the manifest and the HTML footer.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The clock for the export time. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The origin platform to show when nothing in the room's records names one (Rooms:DefaultPlatform).</summary>
    public string? Platform { get; init; }

    /// <summary>
    /// What a team lead configured for this room in Rooms:Profiles. It wins over what the records inferred or a
    /// command set, as it does in the bot, and the header says it was configured.
    /// </summary>
    public ConfiguredRoomProfile? Configured { get; init; }

    /// <summary>Export only the records observed in this window, as a slice linked into the chain; null: the whole chain.</summary>
    public ExportWindow? Window { get; init; }

    /// <summary>Where the archived files' bytes are; each one the room's records name is copied to
    /// <c>files/&lt;sha256&gt;</c> beside the transcript. Null: the bundle lists the files but holds none.</summary>
    public Blobs.IBlobStore? Blobs { get; init; }
}
