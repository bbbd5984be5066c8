namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>The details JSON of a <c>checkpoint</c> record: the statement, this room's leaf and its Merkle proof, and
/// where the statement was witnessed and who signed it.</summary>
/// <remarks>Only this room's leaf and sibling hashes are stored, so one room's checkpoint says nothing about another
/// room beyond the number of rooms.</remarks>
public sealed record CheckpointDetails
{
    /// <summary>The shared details options, except that a missing witness post or signature is written as null
    /// (docs/evidence-format.md), not left out.</summary>
    private static readonly JsonSerializerOptions Options = new(RecordDetailsJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The statement line (root, time, rooms), exactly as posted to the witness room and signed.</summary>
    public required string Statement { get; init; }

    /// <summary>Why the checkpoint was taken: <c>interval</c>, <c>room-lost</c> or <c>export</c>.</summary>
    public required string Cause { get; init; }

    /// <summary>The sequence number this room is covered up to (the record before this checkpoint, or earlier).</summary>
    [JsonPropertyName("leaf_seq")]
    public required long LeafSequence { get; init; }

    /// <summary>The hash of record <see cref="LeafSequence"/>, 64 hex digits.</summary>
    public required string LeafHead { get; init; }

    /// <summary>Sibling hashes from the leaf up to the root; <c>"L:hex"</c> when the sibling is on the left, <c>"R:hex"</c> otherwise.</summary>
    public required IReadOnlyList<string> Proof { get; init; }

    /// <summary>The Chatwork room the statement was posted to, when it was.</summary>
    public long? WitnessRoomId { get; init; }

    /// <summary>The Chatwork message id of the witness post, when it was posted.</summary>
    public string? WitnessMessageId { get; init; }

    /// <summary>ECDSA P-256 / SHA-256 signature of the statement's UTF-8 bytes (IEEE P1363, r ‖ s), base64; null when unsigned.</summary>
    public string? Signature { get; init; }

    /// <summary>The signing public key, SubjectPublicKeyInfo DER, base64; null when unsigned.</summary>
    public string? PublicKey { get; init; }

    /// <summary>The JSON text to store as the record's details.</summary>
    public string ToJson() => RecordDetailsJson.Serialize(this, Options);

    /// <summary>Reads checkpoint details; null when <paramref name="json"/> is absent or not checkpoint details.</summary>
    public static CheckpointDetails? TryParse(string? json) =>
        RecordDetailsJson.TryParse<CheckpointDetails>(json, Options) is { Statement: not null, LeafHead: not null, Proof: not null } details ? details : null;

    /// <summary>Writes a proof in the stored form.</summary>
    public static IReadOnlyList<string> FormatProof(IEnumerable<MerkleProofStep> proof) =>
        [.. proof.Select(step => (step.SiblingIsLeft ? "L:" : "R:") + step.Sibling)];

    /// <summary>Reads the stored proof; null when a step is malformed.</summary>
    public IReadOnlyList<MerkleProofStep>? ParseProof()
    {
        var steps = new List<MerkleProofStep>(Proof.Count);
        foreach (var step in Proof)
        {
            if (step is null || step.Length != 66 || step[1] != ':' || step[0] is not ('L' or 'R') || !ChainHash.TryParse(step[2..], out var sibling))
            {
                return null;
            }

            steps.Add(new MerkleProofStep(step[0] == 'L', sibling));
        }

        return steps;
    }
}
