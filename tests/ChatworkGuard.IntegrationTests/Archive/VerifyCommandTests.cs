using Microsoft.Data.Sqlite;

namespace ChatworkGuard.IntegrationTests.Archive;

public sealed class VerifyCommandTests
{
    [Fact]
    public async Task Verify_IntactArchive_ExitsZeroAndReportsEveryRoom()
    {
        await using var sample = await SampleArchive.CreateAsync();

        var (exit, output, error) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath);

        Assert.True(exit == 0, output + error);
        Assert.Matches($"room {SampleArchive.RoomId}: intact, 15 records, head [0-9a-f]{{64}}\n", output);
        Assert.Contains($"room {SampleArchive.OtherRoomId}: intact, 1 records", output, StringComparison.Ordinal);
        Assert.Contains("OK: 2 room(s), 16 records", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExpectHead_HoldsOnTheUntouchedArchiveAndFailsOnARehashedForgeryThatIsOtherwiseConsistent()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var room = SampleArchive.RoomId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var kept = await HeadAsync(sample, 15);

        var (untouched, untouchedOutput, untouchedError) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath, "--room", room, "--expect-head", kept);
        await sample.ForgeRehashedAsync(SampleArchive.RoomId, 5, "振込先はこちらです（改ざん）");
        var (plain, plainOutput, _) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath, "--room", room);
        var (forged, forgedOutput, _) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath, "--room", room, "--expect-head", kept);

        Assert.True(untouched == 0, untouchedOutput + untouchedError);
        Assert.Contains("matches the expected head #15", untouchedOutput, StringComparison.Ordinal);
        // The forgery is internally consistent: the chain alone cannot tell, and verify says so instead of claiming more.
        Assert.Equal(0, plain);
        Assert.Contains("internally consistent", plainOutput, StringComparison.Ordinal);
        Assert.Contains("not witnessed", plainOutput, StringComparison.Ordinal);
        Assert.Equal(1, forged);
        Assert.Contains("does NOT match the expected head #15", forgedOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("15", "is not SEQ:HASH")]
    [InlineData("x:00", "is not SEQ:HASH")]
    public async Task Verify_ExpectHeadThatIsNotSeqColonHash_IsAClearError(string value, string message)
    {
        await using var sample = await SampleArchive.CreateAsync();

        var (exit, _, error) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath, "--room", "388277412", "--expect-head", value);
        var (noRoom, _, noRoomError) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath, "--expect-head", "1:" + new string('0', 64));

        Assert.Equal((2, 2), (exit, noRoom));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("--expect-head needs --room", noRoomError, StringComparison.Ordinal);
    }

    private static async Task<string> HeadAsync(SampleArchive sample, long sequence)
    {
        await using var store = sample.OpenWritable();
        await foreach (var record in store.ReadRoomAsync(SampleArchive.RoomId, sequence, CancellationToken.None))
        {
            return $"{sequence}:{record.Hash}";
        }

        throw new InvalidOperationException("no such record");
    }

    [Fact]
    public async Task Verify_BodyChangedInTheFile_ExitsOneAndNamesRoomRecordAndWhatIsWrong()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await sample.TamperAsync($"UPDATE archive_records SET body = replace(body, '直接', '間接') WHERE room_id = {SampleArchive.RoomId} AND seq = 5");

        var (exit, output, _) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath);

        Assert.Equal(1, exit);
        Assert.Contains($"room {SampleArchive.RoomId}: broken at record #5 (changed)", output, StringComparison.Ordinal);
        Assert.Contains($"room {SampleArchive.OtherRoomId}: intact", output, StringComparison.Ordinal);
        Assert.Contains("BROKEN: 1 of 2 room(s)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DELETE FROM archive_records WHERE room_id = 388277412 AND seq = 7", 7, "missing")]
    [InlineData("UPDATE archive_records SET seq = -8 WHERE room_id = 388277412 AND seq = 8; UPDATE archive_records SET seq = 8 WHERE room_id = 388277412 AND seq = 9; UPDATE archive_records SET seq = 9 WHERE room_id = 388277412 AND seq = -8", 8, "reordered")]
    public async Task Verify_RecordDeletedOrReordered_ExitsOneAndSaysWhich(string sql, int sequence, string kind)
    {
        await using var sample = await SampleArchive.CreateAsync();
        await sample.TamperAsync(sql);

        var (exit, output, _) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath, "--room", SampleArchive.RoomId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, exit);
        Assert.Contains($"broken at record #{sequence} ({kind})", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RoomOption_ChecksOnlyThatRoom()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await sample.TamperAsync($"DELETE FROM archive_records WHERE room_id = {SampleArchive.RoomId} AND seq = 3");

        var (exit, output, _) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath, "--room", SampleArchive.OtherRoomId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, exit);
        Assert.DoesNotContain(SampleArchive.RoomId.ToString(System.Globalization.CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UnknownRoom_ExitsTwoAndListsTheRooms()
    {
        await using var sample = await SampleArchive.CreateAsync();

        var (exit, _, error) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath, "--room", "123");

        Assert.Equal(2, exit);
        Assert.Contains("Room 123 is not in the archive", error, StringComparison.Ordinal);
        Assert.Contains($"{SampleArchive.RoomId}, {SampleArchive.OtherRoomId}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingDatabaseFile_ExitsTwoAndCreatesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), "cwg-missing-" + Guid.NewGuid().ToString("N"), "guard.db");

        var (exit, _, error) = await CliRunner.RunAsync("verify", "--db", path);

        Assert.Equal(2, exit);
        Assert.Contains($"There is no archive at {path}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path), "checking evidence must never create a database");
    }

    [Fact]
    public async Task Verify_DatabaseLockedByAnotherProcess_ExitsTwoAndSaysLocked()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await using var holder = new SqliteConnection(sample.ConnectionString);
        await holder.OpenAsync();
        await using (var command = holder.CreateCommand())
        {
            // Exclusive locking mode keeps the lock after the write, as a crashed or misbehaving tool would.
            command.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS lock_probe (x); COMMIT;";
            await command.ExecuteNonQueryAsync();
        }

        var (exit, _, error) = await CliRunner.RunAsync("verify", "--db", sample.DatabasePath);

        Assert.Equal(2, exit);
        Assert.Contains("is locked by another process", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithoutDb_UsesStorageFromAppsettingsInTheWorkingDirectory()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await File.WriteAllTextAsync(Path.Combine(sample.Directory, "appsettings.json"), """
            {
              // Relative to the working directory, as the bot reads it.
              "Storage": { "Provider": "Sqlite", "ConnectionString": "Data Source=guard.db" }
            }
            """);

        var (exit, output, error) = await CliRunner.RunProcessAsync(sample.Directory, new Dictionary<string, string>(), "verify");

        Assert.True(exit == 0, output + error);
        Assert.Contains(sample.DatabasePath, output, StringComparison.Ordinal);
        Assert.Contains("OK: 2 room(s), 16 records", output, StringComparison.Ordinal);
    }
}
