namespace ChatworkGuard.Policy.Notices;

/// <summary>A message the bot will post: a title and plain-text lines, wrapped in an info box by the sender.</summary>
/// <param name="Title">The info box's title line.</param>
/// <param name="Body">The body text (plain text, no notation).</param>
public sealed record Notice(string Title, string Body);
