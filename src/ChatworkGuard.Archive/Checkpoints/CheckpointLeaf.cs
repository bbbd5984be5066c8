namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>One room's place in a checkpoint: the record at <paramref name="Sequence"/> of its chain has hash <paramref name="Head"/>.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="Sequence">The sequence number the checkpoint covers the room up to.</param>
/// <param name="Head">The hash of that record.</param>
public sealed record CheckpointLeaf(long RoomId, long Sequence, ChainHash Head)
{
    /// <summary>SHA-256(0x00 ‖ room_id i64 ‖ seq i64 ‖ head 32 bytes), big-endian, as docs/evidence-format.md says.</summary>
    public ChainHash Hash()
    {
        Span<byte> bytes = stackalloc byte[1 + 8 + 8 + ChainHash.Length];
        bytes[0] = MerkleTree.LeafPrefix;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], RoomId);
        BinaryPrimitives.WriteInt64BigEndian(bytes[9..], Sequence);
        Head.WriteTo(bytes[17..]);
        Span<byte> digest = stackalloc byte[ChainHash.Length];
        SHA256.HashData(bytes, digest);
        return ChainHash.FromBytes(digest);
    }
}
