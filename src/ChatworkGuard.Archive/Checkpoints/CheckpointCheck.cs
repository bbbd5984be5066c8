namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>Whether a checkpoint's signature holds.</summary>
public enum SignatureState
{
    /// <summary>The checkpoint carries no signature.</summary>
    NotSigned,

    /// <summary>The signature verifies with the public key it carries.</summary>
    Valid,

    /// <summary>The signature or the key is malformed, or does not verify.</summary>
    Invalid,
}

/// <summary>The result of checking one checkpoint record of a room.</summary>
/// <param name="Sequence">The checkpoint record's own sequence number.</param>
/// <param name="LeafSequence">The sequence number it covers the room up to.</param>
/// <param name="Statement">What it asserts; null when its details could not be read.</param>
/// <param name="ChainHolds">The chain holds, at <paramref name="LeafSequence"/>, the hash the checkpoint names.</param>
/// <param name="ProofHolds">The room's leaf and proof lead to the statement's root.</param>
/// <param name="Signature">Whether its signature holds.</param>
/// <param name="PublicKeyFingerprint">SHA-256 of the signing public key (hex), when signed.</param>
/// <param name="Witness">Where the statement was found witnessed, or null when it was not found.</param>
public sealed record CheckpointCheck(
    long Sequence,
    long LeafSequence,
    CheckpointStatement? Statement,
    bool ChainHolds,
    bool ProofHolds,
    SignatureState Signature,
    string? PublicKeyFingerprint,
    WitnessSighting? Witness)
{
    /// <summary>The checkpoint is consistent with the chain: the chain holds its leaf, and the proof reaches its root.</summary>
    public bool Holds => Statement is not null && ChainHolds && ProofHolds && Signature != SignatureState.Invalid;
}

/// <summary>Where a checkpoint statement was seen outside the room's own chain.</summary>
/// <param name="Source">A description for people, e.g. "witness room 123, message 456 (archived copy)" or "file checkpoints.txt".</param>
/// <param name="IndependentOfArchive">True when the reader supplied it (a file); false when it is the archive's own copy of
/// the witness room, which the reader should still confirm in Chatwork.</param>
public sealed record WitnessSighting(string Source, bool IndependentOfArchive);
