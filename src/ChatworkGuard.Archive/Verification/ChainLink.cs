namespace ChatworkGuard.Archive.Verification;

/// <summary>One record reduced to what the chain walk needs, with its hash already recomputed from the stored bytes.</summary>
/// <param name="Sequence">The stored sequence number.</param>
/// <param name="PreviousHash">The stored previous hash.</param>
/// <param name="Hash">The stored hash.</param>
/// <param name="ComputedHash">SHA-256 over the stored previous hash and the record's canonical encoding.</param>
/// <param name="Readable">False when the stored hashes are not 32 bytes.</param>
internal readonly record struct ChainLink(long Sequence, ChainHash PreviousHash, ChainHash Hash, ChainHash ComputedHash, bool Readable);
