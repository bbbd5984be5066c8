namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>Checks a room's checkpoint records: each against the room's chain, its Merkle proof, its signature, and the
/// witness statements known (the archive's copy of the witness room, or statements the reader supplied).</summary>
public static class CheckpointVerifier
{
    /// <summary>Checks every checkpoint record of <paramref name="roomId"/>.</summary>
    /// <param name="store">The archive.</param>
    /// <param name="roomId">The room.</param>
    /// <param name="supplied">Statements the reader holds (e.g. copied from the witness room in Chatwork); may be empty.</param>
    /// <param name="suppliedSource">How to name <paramref name="supplied"/> in the result.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public static async Task<IReadOnlyList<CheckpointCheck>> CheckRoomAsync(
        IArchiveStore store,
        long roomId,
        IReadOnlyCollection<CheckpointStatement> supplied,
        string suppliedSource,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(supplied);
        var checkpoints = new List<(ArchiveRecord Record, CheckpointDetails? Details)>();
        await foreach (var record in store.ReadRoomAsync(roomId, 1, cancellationToken))
        {
            // A checkpoint record without checkpoint details (an older marker) asserts nothing to check; the chain covers it.
            if (record.Kind == RecordKind.Checkpoint && record.Details is not null)
            {
                checkpoints.Add((record, CheckpointDetails.TryParse(record.Details)));
            }
        }

        var witnessRooms = new Dictionary<long, IReadOnlyList<(CheckpointStatement Statement, string MessageId)>>();
        var checks = new List<CheckpointCheck>(checkpoints.Count);
        foreach (var (record, details) in checkpoints)
        {
            if (details is null || CheckpointStatement.FindAll(details.Statement) is not [var statement] || details.ParseProof() is not { } proof
                || !ChainHash.TryParse(details.LeafHead, out var leafHead))
            {
                checks.Add(new CheckpointCheck(record.Sequence, 0, null, false, false, SignatureState.Invalid, null, null));
                continue;
            }

            var chainHolds = details.LeafSequence < record.Sequence
                && await HashAtAsync(store, roomId, details.LeafSequence, cancellationToken) == leafHead;
            var proofHolds = MerkleTree.RootFrom(new CheckpointLeaf(roomId, details.LeafSequence, leafHead), proof) == statement.Root;
            var (signature, fingerprint) = CheckSignature(details, statement);
            WitnessSighting? witness = null;
            if (supplied.Contains(statement))
            {
                witness = new WitnessSighting(suppliedSource, IndependentOfArchive: true);
            }
            else if (details.WitnessRoomId is { } witnessRoom)
            {
                if (!witnessRooms.TryGetValue(witnessRoom, out var posts))
                {
                    posts = await ReadWitnessPostsAsync(store, witnessRoom, cancellationToken);
                    witnessRooms[witnessRoom] = posts;
                }

                var post = posts.FirstOrDefault(p => p.Statement == statement);
                if (post.MessageId is not null)
                {
                    witness = new WitnessSighting(
                        string.Create(CultureInfo.InvariantCulture, $"witness room {witnessRoom}, message {post.MessageId} (the archive's copy: confirm it in Chatwork)"),
                        IndependentOfArchive: false);
                }
            }

            checks.Add(new CheckpointCheck(record.Sequence, details.LeafSequence, statement, chainHolds, proofHolds, signature, fingerprint, witness));
        }

        return checks;
    }

    /// <summary>Every checkpoint statement posted in <paramref name="witnessRoomId"/>, with the message that carries it, from the archive.</summary>
    public static async Task<IReadOnlyList<(CheckpointStatement Statement, string MessageId)>> ReadWitnessPostsAsync(
        IArchiveStore store, long witnessRoomId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var posts = new List<(CheckpointStatement, string)>();
        await foreach (var record in store.ReadRoomAsync(witnessRoomId, 1, cancellationToken))
        {
            if (record.Kind is RecordKind.MessageCreated && record.MessageId is not null)
            {
                posts.AddRange(CheckpointStatement.FindAll(record.Body).Select(s => (s, record.MessageId)));
            }
        }

        return posts;
    }

    private static (SignatureState State, string? Fingerprint) CheckSignature(CheckpointDetails details, CheckpointStatement statement)
    {
        if (details.Signature is null && details.PublicKey is null)
        {
            return (SignatureState.NotSigned, null);
        }

        try
        {
            var key = Convert.FromBase64String(details.PublicKey ?? string.Empty);
            var signature = Convert.FromBase64String(details.Signature ?? string.Empty);
            return (CheckpointSigner.Verify(statement, signature, key) ? SignatureState.Valid : SignatureState.Invalid, CheckpointSigner.FingerprintOf(key));
        }
        catch (FormatException)
        {
            return (SignatureState.Invalid, null);
        }
    }

    private static async Task<ChainHash?> HashAtAsync(IArchiveStore store, long roomId, long sequence, CancellationToken cancellationToken)
    {
        await foreach (var record in store.ReadRoomAsync(roomId, sequence, cancellationToken))
        {
            return record.Sequence == sequence ? record.Hash : null;
        }

        return null;
    }
}
