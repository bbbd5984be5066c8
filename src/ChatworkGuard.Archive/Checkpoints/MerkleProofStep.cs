namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>One step up a Merkle proof: the sibling's hash, and whether the sibling is on the left.</summary>
/// <param name="SiblingIsLeft">True when the node is SHA-256(0x01 ‖ sibling ‖ current), false for SHA-256(0x01 ‖ current ‖ sibling).</param>
/// <param name="Sibling">The sibling's hash.</param>
public sealed record MerkleProofStep(bool SiblingIsLeft, ChainHash Sibling);
