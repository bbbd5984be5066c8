using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Cli;

namespace ChatworkGuard.IntegrationTests.Bot;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task DemoPlaysTheWholeStoryAndWritesAVerifiableExport()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cwg-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var exit = await ChatworkGuardCommandLine.InvokeAsync(["demo", "--out", directory, "--pause", "0"]);

            Assert.Equal(0, exit);
            var evidence = Path.Combine(directory, "evidence");
            var json = Assert.Single(Directory.GetFiles(evidence, "room-*.json"));
            Assert.Single(Directory.GetFiles(evidence, "room-*.html"));
            Assert.True(File.Exists(Path.Combine(evidence, "manifest.json")));
            var text = await File.ReadAllTextAsync(json);
            foreach (var kind in new[] { "room-joined", "warning-posted", "reminder-posted", "escrow-confirmed", "message-edited", "message-deleted", "room-lost", "checkpoint" })
            {
                Assert.Contains($"\"{kind}\"", text, StringComparison.Ordinal);
            }

            await using var store = ArchiveStoreFactory.Create(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(directory, "demo.db")}" }, readOnly: true);
            // The project room and the team lead's witness room.
            Assert.Equal(2, (await store.ListRoomsAsync(CancellationToken.None)).Count);
            using var exported = System.Text.Json.JsonDocument.Parse(text);
            var roomId = exported.RootElement.GetProperty("room_id").GetInt64();
            var witnessPost = Assert.Single(exported.RootElement.GetProperty("witness_records").EnumerateArray());
            Assert.Contains("chatwork-guard checkpoint v1 root=", witnessPost.GetProperty("body").GetString(), StringComparison.Ordinal);
            var verification = await ChatworkGuard.Archive.Verification.ChainVerifier.VerifyRoomAsync(store, roomId, null, CancellationToken.None);
            Assert.True(verification.IsIntact);

            // The demo configures no Rooms:Profiles entry: the archive must say how the room was recognised.
            var records = new List<ArchiveRecord>();
            await foreach (var record in store.ReadRoomAsync(roomId, 0, CancellationToken.None))
            {
                records.Add(record);
            }

            var checkpoint = Assert.Single(records, r => r.Kind == RecordKind.Checkpoint);
            var details = ChatworkGuard.Archive.Checkpoints.CheckpointDetails.TryParse(checkpoint.Details)!;
            Assert.Equal(("room-lost", witnessPost.GetProperty("message_id").GetString()), (details.Cause, details.WitnessMessageId));
            Assert.Contains(details.Statement, witnessPost.GetProperty("body").GetString(), StringComparison.Ordinal);
            var profile = RoomProfileDetails.TryParse(Assert.Single(records, r => r.Kind == RecordKind.RoomProfile).Details)!;
            Assert.Equal(("CrowdWorks", "name", "クラウドワークス"), (profile.Platform, profile.InferredFrom, Assert.Single(profile.Matched!)));
            var contractor = Assert.Single(profile.ContractorAccountIds!);
            Assert.Equal(contractor, Assert.Single(records, r => r.Kind == RecordKind.EscrowConfirmed).AccountId);
            var html = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(evidence, "room-*.html")));
            Assert.Contains("platform CrowdWorks: inferred from the room name “LP制作（クラウドワークス案件）”, matched クラウドワークス", html, StringComparison.Ordinal);
            Assert.Contains("\"profile_origin\"", await File.ReadAllTextAsync(Path.Combine(evidence, "manifest.json")), StringComparison.Ordinal);

            // The freelancer's upload: archived by hash, copied into the bundle, listed in the manifest.
            var file = FileRecordDetails.TryParse(Assert.Single(records, r => r.Kind == RecordKind.FileArchived).Details)!;
            Assert.Equal("LP_初稿.txt", file.Name);
            var bytes = await File.ReadAllBytesAsync(Path.Combine(evidence, "files", file.Sha256!));
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
            Assert.Equal(file.Size, bytes.Length);
            using var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(evidence, "manifest.json")));
            var listed = Assert.Single(manifest.RootElement.GetProperty("files").EnumerateArray(), f => f.TryGetProperty("file_id", out _));
            Assert.Equal((file.Sha256, "LP_初稿.txt", (long)bytes.Length, file.FileId, file.MessageId, "files/" + file.Sha256),
                (listed.GetProperty("sha256").GetString(), listed.GetProperty("name").GetString(), listed.GetProperty("size").GetInt64(),
                 listed.GetProperty("file_id").GetInt64(), listed.GetProperty("message_id").GetString(), listed.GetProperty("path").GetString()));

            using var rooms = new StringWriter();
            Assert.Equal(0, await RoomsCommand.RunAsync(Path.Combine(directory, "demo.db"), json: true, ChatworkGuard.Bot.Rooms.ArchivedEscrowStatusProvider.Instance, rooms, TextWriter.Null, CancellationToken.None));
            var overview = System.Text.Json.JsonDocument.Parse(rooms.ToString()).RootElement[0].GetProperty("profile");
            Assert.Equal("crowdWorks", overview.GetProperty("platform").GetString());
            Assert.Equal("inferred", overview.GetProperty("sources").GetProperty("platform").GetString());
            Assert.Equal(contractor, overview.GetProperty("contractorAccountIds")[0].GetInt64());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
