using System.Security.Cryptography;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Checkpoints;
using ChatworkGuard.Archive.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Tests.Archive.Checkpoints;

/// <summary>Checkpoint plans, records and their verification on a real SQLite archive.</summary>
public sealed class CheckpointTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 23, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task MovedRoomsGetARecordWhoseProofLeadsToTheStatementsRootAndWhoseSignatureVerifies()
    {
        await using var store = Store();
        await store.AppendBatchAsync([.. Drafts.Messages(1, 3), .. Drafts.Messages(2, 2), .. Drafts.Messages(3, 1)], CancellationToken.None);
        using var signer = NewSigner();

        var plan = await CheckpointPlan.CreateAsync(store, At, onlyWitnessedCounts: false, CancellationToken.None);
        await store.AppendBatchAsync(plan.Drafts(CheckpointCause.Interval, 77, "555", signer.Sign(plan.Statement), signer.PublicKey), CancellationToken.None);

        Assert.Equal((3, 3), (plan.Statement.Rooms, plan.MovedIndexes.Count));
        var checks = await CheckpointVerifier.CheckRoomAsync(store, 1, [plan.Statement], "file", CancellationToken.None);
        var check = Assert.Single(checks);
        Assert.True(check.Holds);
        Assert.Equal((4L, 3L, SignatureState.Valid, signer.Fingerprint), (check.Sequence, check.LeafSequence, check.Signature, check.PublicKeyFingerprint));
        Assert.True(check.Witness!.IndependentOfArchive);
    }

    [Fact]
    public async Task ARoomWhoseLastRecordIsACheckpointHasNotMovedUnlessThatCheckpointWentUnwitnessed()
    {
        await using var store = Store();
        await store.AppendBatchAsync([.. Drafts.Messages(1, 2), .. Drafts.Messages(2, 2)], CancellationToken.None);
        var first = await CheckpointPlan.CreateAsync(store, At, onlyWitnessedCounts: true, CancellationToken.None);
        await store.AppendBatchAsync(first.Drafts(CheckpointCause.RoomLost, 77, witnessMessageId: null, null, null), CancellationToken.None);
        await store.AppendAsync(Drafts.Message(2, 3), CancellationToken.None);

        var withoutWitness = await CheckpointPlan.CreateAsync(store, At.AddHours(1), onlyWitnessedCounts: false, CancellationToken.None);
        var withWitness = await CheckpointPlan.CreateAsync(store, At.AddHours(1), onlyWitnessedCounts: true, CancellationToken.None);

        Assert.Equal([2L], withoutWitness.MovedIndexes.Select(i => withoutWitness.Leaves[i].RoomId));
        Assert.Equal([1L, 2L], withWitness.MovedIndexes.Select(i => withWitness.Leaves[i].RoomId));
        Assert.Null(withWitness.LastWitnessedAt);
    }

    [Fact]
    public async Task AWitnessPostArchivedInTheWitnessRoomIsFoundAndNamedAsTheArchivesOwnCopy()
    {
        await using var store = Store();
        await store.AppendBatchAsync(Drafts.Messages(1, 2), CancellationToken.None);
        var plan = await CheckpointPlan.CreateAsync(store, At, onlyWitnessedCounts: true, CancellationToken.None);
        await store.AppendBatchAsync(plan.Drafts(CheckpointCause.Interval, 9, "1900000000000000001", null, null), CancellationToken.None);
        await store.AppendAsync(Drafts.Message(9, 1, body: "[info]checkpoint\n" + plan.Statement + "[/info]"), CancellationToken.None);

        var check = Assert.Single(await CheckpointVerifier.CheckRoomAsync(store, 1, [], "file", CancellationToken.None));

        Assert.True(check.Holds);
        Assert.Equal(SignatureState.NotSigned, check.Signature);
        Assert.False(check.Witness!.IndependentOfArchive);
        Assert.Contains("message 1900000000000000001", check.Witness.Source, StringComparison.Ordinal);
        Assert.Equal(At, (await CheckpointPlan.CreateAsync(store, At.AddHours(1), true, CancellationToken.None)).LastWitnessedAt);
    }

    [Fact]
    public async Task AStatementNobodyWitnessedOrAForeignSignatureIsReportedAsSuch()
    {
        await using var store = Store();
        await store.AppendBatchAsync(Drafts.Messages(1, 2), CancellationToken.None);
        using var signer = NewSigner();
        using var other = NewSigner();
        var plan = await CheckpointPlan.CreateAsync(store, At, onlyWitnessedCounts: false, CancellationToken.None);
        // Signed by one key, carrying another's public key: the signature must not verify.
        await store.AppendBatchAsync(plan.Drafts(CheckpointCause.Interval, null, null, signer.Sign(plan.Statement), other.PublicKey), CancellationToken.None);

        var check = Assert.Single(await CheckpointVerifier.CheckRoomAsync(store, 1, [], "file", CancellationToken.None));

        Assert.Null(check.Witness);
        Assert.Equal(SignatureState.Invalid, check.Signature);
        Assert.False(check.Holds);
    }

    [Fact]
    public void TheStatementLineIsFoundInAPostAndReadBackExactly()
    {
        var statement = new CheckpointStatement(ChainHash.Parse(new string('a', 64)), At.AddMilliseconds(123), 12);

        var found = CheckpointStatement.FindAll("前置き\n" + statement + "\n後書き");

        Assert.Equal("chatwork-guard checkpoint v1 root=" + new string('a', 64) + " at=2026-12-03T23:00:00.123Z rooms=12", statement.ToString());
        Assert.Equal([statement], found);
    }

    [Fact]
    public void AKeyThatIsNotAP256PrivateKeyIsRefusedWithoutQuotingIt()
    {
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        var notEc = Assert.Throws<ArgumentException>(() => CheckpointSigner.FromPem(pem));
        var wrongCurve = Assert.Throws<ArgumentException>(() => CheckpointSigner.FromPem(p384.ExportPkcs8PrivateKeyPem()));

        Assert.DoesNotContain("MII", notEc.Message, StringComparison.Ordinal);
        Assert.Contains("P-256", wrongCurve.Message, StringComparison.Ordinal);
    }

    internal static CheckpointSigner NewSigner()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return CheckpointSigner.FromPem(key.ExportPkcs8PrivateKeyPem());
    }

    private SqliteArchiveStore Store() => new(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={_directory.File("guard.db")}" });
}
