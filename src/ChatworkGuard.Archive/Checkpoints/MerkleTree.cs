namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>
/// The Merkle tree of a checkpoint over every room's (room_id, seq, head), leaves in ascending room id order.
/// A room's proof is the list of sibling hashes up to the root, so it shows that room's leaf is in the root and
/// reveals nothing of the other rooms but hashes.
/// </summary>
/// <remarks>Leaves and inner nodes carry different prefixes (0x00, 0x01) so a leaf can never pass for a node. A level with
/// an odd count lifts its last node unchanged to the next level.</remarks>
public sealed class MerkleTree
{
    /// <summary>The byte before a leaf's fields.</summary>
    public const byte LeafPrefix = 0x00;

    /// <summary>The byte before two child hashes.</summary>
    public const byte NodePrefix = 0x01;

    private readonly List<ChainHash[]> _levels;

    private MerkleTree(List<ChainHash[]> levels) => _levels = levels;

    /// <summary>The root hash (of an empty tree: SHA-256 of nothing).</summary>
    public ChainHash Root => _levels[^1].Length == 0 ? ChainHash.FromBytes(SHA256.HashData([])) : _levels[^1][0];

    /// <summary>How many leaves the tree has.</summary>
    public int Count => _levels[0].Length;

    /// <summary>Builds the tree over <paramref name="leaves"/>, which must be in ascending room id order without repeats.</summary>
    public static MerkleTree Build(IReadOnlyList<CheckpointLeaf> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var level = new ChainHash[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            if (i > 0 && leaves[i].RoomId <= leaves[i - 1].RoomId)
            {
                throw new ArgumentException("Checkpoint leaves must be in ascending room id order, one per room.", nameof(leaves));
            }

            level[i] = leaves[i].Hash();
        }

        var levels = new List<ChainHash[]> { level };
        while (level.Length > 1)
        {
            var up = new ChainHash[(level.Length + 1) / 2];
            for (var i = 0; i < up.Length; i++)
            {
                up[i] = 2 * i + 1 < level.Length ? Node(level[2 * i], level[2 * i + 1]) : level[2 * i];
            }

            levels.Add(up);
            level = up;
        }

        return new MerkleTree(levels);
    }

    /// <summary>The proof for the leaf at <paramref name="index"/> (its position among the sorted leaves).</summary>
    public IReadOnlyList<MerkleProofStep> Proof(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var steps = new List<MerkleProofStep>();
        for (var depth = 0; depth < _levels.Count - 1; depth++)
        {
            var level = _levels[depth];
            var sibling = index ^ 1;
            if (sibling < level.Length)
            {
                steps.Add(new MerkleProofStep(SiblingIsLeft: sibling < index, level[sibling]));
            }

            index /= 2;
        }

        return steps;
    }

    /// <summary>The root that <paramref name="leaf"/> and <paramref name="proof"/> lead to.</summary>
    public static ChainHash RootFrom(CheckpointLeaf leaf, IEnumerable<MerkleProofStep> proof)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        ArgumentNullException.ThrowIfNull(proof);
        var current = leaf.Hash();
        foreach (var step in proof)
        {
            current = step.SiblingIsLeft ? Node(step.Sibling, current) : Node(current, step.Sibling);
        }

        return current;
    }

    /// <summary>SHA-256(0x01 ‖ left ‖ right).</summary>
    public static ChainHash Node(ChainHash left, ChainHash right)
    {
        Span<byte> bytes = stackalloc byte[1 + 2 * ChainHash.Length];
        bytes[0] = NodePrefix;
        left.WriteTo(bytes[1..]);
        right.WriteTo(bytes[(1 + ChainHash.Length)..]);
        Span<byte> digest = stackalloc byte[ChainHash.Length];
        SHA256.HashData(bytes, digest);
        return ChainHash.FromBytes(digest);
    }
}
