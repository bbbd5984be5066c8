namespace ChatworkGuard.Chatwork.Notation;

/// <summary>What a tag turned out to be once open and close tags are matched (see <see cref="AuthorTextScanner"/>).</summary>
internal enum TagRole : byte
{
    /// <summary>Stays text: unknown placement, unmatched close, or an open tag never closed.</summary>
    Text,

    /// <summary>A standalone tag (To, reply, dtext, preview, hr, account icons).</summary>
    Leaf,

    /// <summary>An open tag whose close was found.</summary>
    Open,

    /// <summary>The close of a matched container.</summary>
    Close,

    /// <summary>A [qtmeta] that belongs to the [qt] just before it.</summary>
    Meta,

    /// <summary>A [code] whose [/code] was found; everything up to it is the code block.</summary>
    Code,

    /// <summary>Inside a code block or otherwise consumed: ignored.</summary>
    Skipped,
}
