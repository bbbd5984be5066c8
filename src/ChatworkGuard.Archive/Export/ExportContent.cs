namespace ChatworkGuard.Archive.Export;

/// <summary>What the three files of one export state about the room, gathered before they are written.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="Summary">Counts, period, name and members of the exported records.</param>
/// <param name="Head">The room's chain head in the archive at export time.</param>
/// <param name="Slice">The slice the export holds, or null for the whole chain.</param>
/// <param name="Verification">The exporter's check of the room's whole chain in the archive.</param>
/// <param name="ExportedAt">The export time, from the exporter's clock.</param>
internal sealed record ExportContent(long RoomId, RoomSummary Summary, ChainHead? Head, ExportSlice? Slice, RoomVerification Verification, DateTimeOffset ExportedAt);
