namespace ChatworkGuard.Chatwork.Notation;

/// <summary>One piece of a parsed message body, located in the original body by UTF-16 offset.</summary>
/// <param name="Start">Offset of the piece's first character in the original body.</param>
/// <param name="Length">Number of UTF-16 code units the piece spans in the original body, tags included.</param>
public abstract record NotationSegment(int Start, int Length)
{
    /// <summary>The offset just past the piece in the original body.</summary>
    public int End => Start + Length;
}
