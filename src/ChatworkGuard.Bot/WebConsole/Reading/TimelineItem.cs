namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>One archived record as the room's timeline shows it.</summary>
/// <param name="Record">The record.</param>
/// <param name="PreviousBody">For an edit: the body before it, when the timeline's window holds it.</param>
/// <param name="Categories">For a warning record: the categories it names.</param>
/// <param name="Excerpt">For a warning record: the words that triggered it.</param>
/// <param name="Author">For a message record without an author of its own (a deletion): the author of its earlier version, when the window holds it.</param>
internal sealed record TimelineItem(ArchiveRecord Record, string? PreviousBody, IReadOnlyList<string> Categories, string? Excerpt, string? Author = null);
