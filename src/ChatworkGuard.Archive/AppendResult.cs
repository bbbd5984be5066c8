namespace ChatworkGuard.Archive;

/// <summary>The outcome of appending one draft: the stored record, and whether this call added it.</summary>
/// <param name="Record">The record now in the archive (the earlier one when the draft was a duplicate).</param>
/// <param name="Added">False when the same idempotency key was already archived, so nothing was added.</param>
public sealed record AppendResult(ArchiveRecord Record, bool Added);
