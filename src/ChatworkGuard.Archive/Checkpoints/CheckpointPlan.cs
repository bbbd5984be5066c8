namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>
/// A checkpoint before it is written: every room's leaf, the Merkle tree over them, the statement, and the rooms whose
/// head moved since their last checkpoint (only those get a checkpoint record).
/// </summary>
public sealed class CheckpointPlan
{
    private readonly IReadOnlyList<CheckpointLeaf> _leaves;
    private readonly MerkleTree _tree;

    private CheckpointPlan(IReadOnlyList<CheckpointLeaf> leaves, IReadOnlyList<int> moved, MerkleTree tree, CheckpointStatement statement, DateTimeOffset? lastWitnessedAt)
    {
        _leaves = leaves;
        _tree = tree;
        MovedIndexes = moved;
        Statement = statement;
        LastWitnessedAt = lastWitnessedAt;
    }

    /// <summary>Every room's (room_id, seq, head), ascending by room id.</summary>
    public IReadOnlyList<CheckpointLeaf> Leaves => _leaves;

    /// <summary>Positions in <see cref="Leaves"/> of the rooms that get a checkpoint record.</summary>
    public IReadOnlyList<int> MovedIndexes { get; }

    /// <summary>What the checkpoint asserts (root, time, number of rooms).</summary>
    public CheckpointStatement Statement { get; }

    /// <summary>The latest statement time among the rooms' last records that are witnessed checkpoints (the last witness post this archive shows).</summary>
    public DateTimeOffset? LastWitnessedAt { get; }

    /// <summary>Reads every room's chain head and last record from <paramref name="store"/> and plans a checkpoint at <paramref name="at"/>.</summary>
    /// <param name="store">The archive.</param>
    /// <param name="at">The checkpoint's time (kept to the millisecond).</param>
    /// <param name="onlyWitnessedCounts">When true, a room whose last record is a checkpoint that was never posted to the
    /// witness room still counts as moved, so the next witnessed checkpoint covers it.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public static async Task<CheckpointPlan> CreateAsync(IArchiveStore store, DateTimeOffset at, bool onlyWitnessedCounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        at = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        var leaves = new List<CheckpointLeaf>();
        var moved = new List<int>();
        DateTimeOffset? lastWitnessed = null;
        foreach (var roomId in await store.ListRoomsAsync(cancellationToken))
        {
            if (await store.GetChainHeadAsync(roomId, cancellationToken) is not { Sequence: > 0 } head)
            {
                continue;
            }

            var last = await LastRecordAsync(store, roomId, head.Sequence, cancellationToken);
            var checkpoint = last is { Kind: RecordKind.Checkpoint } ? CheckpointDetails.TryParse(last.Details) : null;
            if (checkpoint?.WitnessMessageId is not null
                && CheckpointStatement.FindAll(checkpoint.Statement) is [var posted]
                && (lastWitnessed is null || posted.At > lastWitnessed))
            {
                lastWitnessed = posted.At;
            }

            if (checkpoint is null || (onlyWitnessedCounts && checkpoint.WitnessMessageId is null))
            {
                moved.Add(leaves.Count);
            }

            leaves.Add(new CheckpointLeaf(roomId, head.Sequence, head.Hash));
        }

        var tree = MerkleTree.Build(leaves);
        return new CheckpointPlan(leaves, moved, tree, new CheckpointStatement(tree.Root, at, leaves.Count), lastWitnessed);
    }

    /// <summary>The checkpoint records to append, one per moved room, each with only its own leaf and proof.</summary>
    public IReadOnlyList<RecordDraft> Drafts(CheckpointCause cause, long? witnessRoomId, string? witnessMessageId, byte[]? signature, byte[]? publicKey)
    {
        var drafts = new List<RecordDraft>(MovedIndexes.Count);
        var statement = Statement.ToString();
        foreach (var index in MovedIndexes)
        {
            var leaf = _leaves[index];
            var details = new CheckpointDetails
            {
                Statement = statement,
                Cause = CauseName(cause),
                LeafSequence = leaf.Sequence,
                LeafHead = leaf.Head.ToString(),
                Proof = CheckpointDetails.FormatProof(_tree.Proof(index)),
                WitnessRoomId = witnessMessageId is null ? null : witnessRoomId,
                WitnessMessageId = witnessMessageId,
                Signature = signature is null ? null : Convert.ToBase64String(signature),
                PublicKey = signature is null || publicKey is null ? null : Convert.ToBase64String(publicKey),
            };
            drafts.Add(new RecordDraft
            {
                RoomId = leaf.RoomId,
                Kind = RecordKind.Checkpoint,
                ObservedAt = Statement.At,
                Source = RecordSource.Bot,
                Details = details.ToJson(),
                IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"checkpoint:{Statement.Root}"),
            });
        }

        return drafts;
    }

    /// <summary>The wire name of a cause.</summary>
    public static string CauseName(CheckpointCause cause) => cause switch
    {
        CheckpointCause.RoomLost => "room-lost",
        CheckpointCause.Export => "export",
        _ => "interval",
    };

    private static async Task<ArchiveRecord?> LastRecordAsync(IArchiveStore store, long roomId, long sequence, CancellationToken cancellationToken)
    {
        await foreach (var record in store.ReadRoomAsync(roomId, sequence, cancellationToken))
        {
            return record;
        }

        return null;
    }
}
