namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A placeholder the UI localises, <c>[dtext:key]</c>, found in system messages.</summary>
/// <param name="Start">Offset of the tag.</param>
/// <param name="Length">Length of the tag.</param>
/// <param name="Key">The key, e.g. <c>file_uploaded</c> or <c>task_added</c>.</param>
public sealed record SystemTextSegment(int Start, int Length, string Key) : NotationSegment(Start, Length);
