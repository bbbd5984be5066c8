using System.Globalization;
using System.Security.Cryptography;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Checkpoints;
using ChatworkGuard.Bot.Evidence;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Evidence;

/// <summary>Checkpoints with the real bot on the emulator: records in moved rooms, one witness post per interval, archived.</summary>
public sealed class CheckpointTests
{
    [Fact]
    public async Task ACheckpointIsPostedToTheWitnessRoomAtMostOncePerIntervalAndThePostIsArchived()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var witnessRoom = control.CreateGroupRoom(world.TeamLead.AccountId, "リーダー室", [world.TeamLead.AccountId], [world.BotAccount.AccountId]);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        world.Settings["Evidence:WitnessRoomId"] = witnessRoom.ToString(CultureInfo.InvariantCulture);
        world.Settings["Evidence:SigningKey"] = key.ExportPkcs8PrivateKeyPem();
        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var checkpoints = world.Services.GetRequiredService<CheckpointService>();

        var first = await checkpoints.TakeAsync(CheckpointCause.Interval, world.Clock.GetUtcNow(), CancellationToken.None);
        control.PostMessage(world.Client.AccountId, world.RoomId, "進捗どうですか");
        await world.Sync.RunCycleAsync(CancellationToken.None); // also archives the witness post
        var soon = await checkpoints.TakeAsync(CheckpointCause.RoomLost, world.Clock.GetUtcNow().AddMinutes(10), CancellationToken.None);
        var nextInterval = await checkpoints.TakeAsync(CheckpointCause.Interval, world.Clock.GetUtcNow().AddHours(1), CancellationToken.None);

        var posts = control.GetMessages(witnessRoom).Where(m => m.AccountId == world.BotAccount.AccountId && m.Body.Contains("checkpoint v1", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, posts.Count);
        Assert.NotNull(first.WitnessMessageId);
        Assert.Null(soon.WitnessMessageId);
        Assert.NotNull(nextInterval.WitnessMessageId);
        Assert.Contains(first.Statement!.ToString(), posts[0].Body, StringComparison.Ordinal);
        Assert.Contains("証拠チェックポイント / evidence checkpoint", posts[0].Body, StringComparison.Ordinal);
        Assert.Equal(2, first.RecordsAdded); // the project room and the witness room
        Assert.Equal(2, soon.RecordsAdded); // both moved: the project room's new message, the witness room's archived post
        Assert.Equal(2, nextInterval.RecordsAdded); // the unwitnessed checkpoint above does not count as covered

        var project = await world.RecordsAsync();
        var checks = await CheckpointVerifier.CheckRoomAsync(world.Archive, world.RoomId, [], "none", CancellationToken.None);
        Assert.Equal(3, checks.Count);
        Assert.All(checks, c => Assert.True(c.Holds));
        Assert.All(checks, c => Assert.Equal(SignatureState.Valid, c.Signature));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo())), checks[0].PublicKeyFingerprint);
        // The first checkpoint's witness post was archived in the witness room (by the sync above), so it is found there.
        Assert.NotNull(checks[0].Witness);
        Assert.Null(checks[1].Witness);
        Assert.Equal(RecordKind.Checkpoint, project[^1].Kind);
        Assert.Contains(await world.RecordsAsync(witnessRoom), r => r.Kind == RecordKind.MessageCreated && r.MessageId == first.WitnessMessageId);
    }

    [Fact]
    public async Task VerifySaysWhatIsWitnessedAndARehashedForgeryBeforeTheCheckpointFailsIt()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var witnessRoom = control.CreateGroupRoom(world.TeamLead.AccountId, "リーダー室", [world.TeamLead.AccountId], [world.BotAccount.AccountId]);
        world.Settings["Evidence:WitnessRoomId"] = witnessRoom.ToString(CultureInfo.InvariantCulture);
        await world.StartBotAsync();
        control.PostMessage(world.Client.AccountId, world.RoomId, "直接取引しませんか");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var taken = await world.Services.GetRequiredService<CheckpointService>().TakeAsync(CheckpointCause.Interval, null, CancellationToken.None);
        control.PostMessage(world.Client.AccountId, world.RoomId, "後から来たメッセージ");
        await world.Sync.RunCycleAsync(CancellationToken.None); // archives the witness post and one more message
        var records = await world.RecordsAsync();
        var checkpoint = records.Single(r => r.Kind == RecordKind.Checkpoint);
        var leafSeq = CheckpointDetails.TryParse(checkpoint.Details)!.LeafSequence;
        await world.StopBotAsync();
        var statements = Path.Combine(world.Directory, "checkpoints.txt");
        // What a reader copies from the witness room in Chatwork.
        await File.WriteAllTextAsync(statements, control.GetMessages(witnessRoom).Single(m => m.Body.Contains("checkpoint v1", StringComparison.Ordinal)).Body);
        var room = world.RoomId.ToString(CultureInfo.InvariantCulture);

        var (exit, output, error) = await CliRunner.RunAsync("verify", "--db", world.DatabasePath, "--room", room);
        var (withFile, fileOutput, _) = await CliRunner.RunAsync("verify", "--db", world.DatabasePath, "--room", room, "--checkpoints", statements);
        var message = records.First(r => r.Kind == RecordKind.MessageCreated && r.Body == "直接取引しませんか");
        await ArchiveForgery.RehashAsync(world.DatabasePath, world.RoomId, message.Sequence, "こんにちは");
        var (forged, forgedOutput, _) = await CliRunner.RunAsync("verify", "--db", world.DatabasePath, "--room", room, "--checkpoints", statements);

        Assert.True(exit == 0, output + error);
        Assert.Contains($"matches a witnessed checkpoint at seq {leafSeq}", output, StringComparison.Ordinal);
        Assert.Contains($"message {taken.WitnessMessageId} (the archive's copy: confirm it in Chatwork)", output, StringComparison.Ordinal);
        Assert.Contains($"records after #{leafSeq} ({records.Count - leafSeq}) are not witnessed yet", output, StringComparison.Ordinal);
        Assert.Contains("signature: none", output, StringComparison.Ordinal);
        Assert.Equal(0, withFile);
        Assert.Contains("seen in the checkpoints file", fileOutput, StringComparison.Ordinal);
        Assert.Equal(1, forged);
        Assert.Contains($"checkpoint #{checkpoint.Sequence} does not hold", forgedOutput, StringComparison.Ordinal);
        Assert.Contains("not witnessed", forgedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportWithCheckpointTakesOneWithTheBotsConfigurationAndTheExportCarriesItsWitnessPost()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var witnessRoom = control.CreateGroupRoom(world.TeamLead.AccountId, "リーダー室", [world.TeamLead.AccountId], [world.BotAccount.AccountId]);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.StopBotAsync();
        var environment = new Dictionary<string, string>
        {
            ["CHATWORKGUARD_Chatwork__ApiToken"] = world.BotAccount.Token,
            ["CHATWORKGUARD_Chatwork__BaseUrl"] = world.Emulator.BaseUrl.ToString(),
            ["CHATWORKGUARD_Storage__ConnectionString"] = "Data Source=" + world.DatabasePath,
            ["CHATWORKGUARD_Evidence__WitnessRoomId"] = witnessRoom.ToString(CultureInfo.InvariantCulture),
        };
        var room = world.RoomId.ToString(CultureInfo.InvariantCulture);

        var (exit, lines) = await BotProcess.RunToEndAsync(world.Directory, environment, "export", "--room", room, "--out", "out", "--checkpoint");
        var (refused, refusedLines) = await BotProcess.RunToEndAsync(world.Directory, environment, "export", "--room", room, "--out", "out", "--checkpoint", "--db", world.DatabasePath);

        Assert.True(exit == 0, string.Join('\n', lines));
        Assert.Contains(lines, l => l.StartsWith("Checkpoint: chatwork-guard checkpoint v1 root=", StringComparison.Ordinal));
        var post = Assert.Single(control.GetMessages(witnessRoom), m => m.AccountId == world.BotAccount.AccountId && m.Body.Contains("checkpoint v1", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(world.Directory, "out", $"room-{room}.json")));
        var last = json.RootElement.GetProperty("records").EnumerateArray().Last();
        Assert.Equal("checkpoint", last.GetProperty("kind").GetString());
        Assert.Equal(post.MessageId, CheckpointDetails.TryParse(last.GetProperty("details").GetString())!.WitnessMessageId);
        Assert.Equal(2, refused);
        Assert.Contains(refusedLines, l => l.Contains("cannot be combined with --db", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NothingMovedMeansNoRecordAndNoPost()
    {
        await using var world = await BotHarness.StartAsync(settings: s => s["Evidence:CheckpointInterval"] = "00:01:00");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var checkpoints = world.Services.GetRequiredService<CheckpointService>();

        var first = await checkpoints.TakeAsync(CheckpointCause.Interval, null, CancellationToken.None);
        var count = (await world.RecordsAsync()).Count;
        var again = await checkpoints.TakeAsync(CheckpointCause.Interval, world.Clock.GetUtcNow().AddHours(1), CancellationToken.None);

        Assert.Equal(1, first.RecordsAdded);
        Assert.Null(first.WitnessMessageId); // no witness room configured
        Assert.Equal((null, 0), (again.Statement, again.RecordsAdded));
        Assert.Equal(count, (await world.RecordsAsync()).Count);
    }
}
