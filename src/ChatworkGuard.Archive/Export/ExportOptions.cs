namespace ChatworkGuard.Archive.Export;

/// <summary>What an export states about itself.</summary>
public sealed record ExportOptions
{
    /// <summary>The chatwork-guard version written into the manifest and the HTML footer.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The clock for the export time. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The origin platform to show when the room's snapshots do not name one (e.g. from Rooms:Profiles).</summary>
    public string? Platform { get; init; }
}
