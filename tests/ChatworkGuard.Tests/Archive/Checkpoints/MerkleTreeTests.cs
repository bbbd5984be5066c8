using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Checkpoints;

namespace ChatworkGuard.Tests.Archive.Checkpoints;

public sealed class MerkleTreeTests
{
    private static readonly CheckpointLeaf[] Vector =
    [
        new(101, 5, ChainHash.Parse(new string('1', 64))),
        new(202, 1, ChainHash.Parse(new string('2', 64))),
        new(303, 42, ChainHash.Parse(new string('3', 64))),
    ];

    [Fact]
    public void RootMatchesTheIndependentlyComputedVectorInTheEvidenceFormat()
    {
        // Computed by the Python snippet in docs/evidence-format.md ("Checkpoints"), not by this code.
        Assert.Equal("cccd59434ecdc9339d2cbf10a83a7e1af99426321ad4cd9001b8ee9ffedc928a", MerkleTree.Build(Vector).Root.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(17)]
    public void EveryLeafsProofLeadsToTheRootAndNoOtherLeafDoes(int count)
    {
        var leaves = Enumerable.Range(1, count).Select(i => Leaf(i * 10, i)).ToList();
        var tree = MerkleTree.Build(leaves);

        for (var i = 0; i < count; i++)
        {
            var proof = tree.Proof(i);
            Assert.Equal(tree.Root, MerkleTree.RootFrom(leaves[i], proof));
            Assert.NotEqual(tree.Root, MerkleTree.RootFrom(leaves[i] with { Sequence = leaves[i].Sequence + 1 }, proof));
            Assert.NotEqual(tree.Root, MerkleTree.RootFrom(leaves[i] with { Head = Leaf(999, 999).Head }, proof));
            if (count > 1)
            {
                Assert.NotEqual(tree.Root, MerkleTree.RootFrom(leaves[(i + 1) % count], proof));
            }
        }
    }

    [Fact]
    public void ARoomsProofHoldsOnlyHashesOfTheOthersNotTheirIdsOrHeads()
    {
        var tree = MerkleTree.Build(Vector);
        var proof = tree.Proof(0);

        Assert.DoesNotContain(proof, step => step.Sibling == Vector[1].Head || step.Sibling == Vector[2].Head);
        Assert.Equal(2, proof.Count);
    }

    [Fact]
    public void LeavesOutOfRoomOrderAreRefused() =>
        Assert.Throws<ArgumentException>(() => MerkleTree.Build([Vector[1], Vector[0]]));

    private static CheckpointLeaf Leaf(long room, long seq)
    {
        var bytes = new byte[32];
        BitConverter.TryWriteBytes(bytes, room * 7919 + seq);
        return new CheckpointLeaf(room, seq, ChainHash.FromBytes(bytes));
    }
}
