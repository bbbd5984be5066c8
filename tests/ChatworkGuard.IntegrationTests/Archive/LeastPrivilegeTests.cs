using System.Collections.Concurrent;
using System.Security.Cryptography;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Blobs;
using ChatworkGuard.Archive.Postgres;
using ChatworkGuard.Archive.Verification;
using ChatworkGuard.Bot.Jobs;
using ChatworkGuard.Bot.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>PostgreSQL least privilege on a real server: `migrate` as the owner role, then the bot's operations as a
/// runtime role that owns nothing and cannot rewrite, remove or unprotect evidence.</summary>
public sealed class LeastPrivilegeTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset Observed = new(2026, 12, 4, 3, 0, 0, TimeSpan.Zero);

    [PostgresFact]
    public async Task Migrate_AsOwner_ThenTheRuntimeRoleRunsTheBot_ButCannotTouchRecordsOrTriggers()
    {
        await using var database = await LeastPrivilegeDatabase.CreateAsync();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database.RuntimeConnectionString,
            ["Storage__MigrationConnectionString"] = database.OwnerConnectionString,
            ["Storage__RuntimeRole"] = database.RuntimeRole,
        };
        var workingDirectory = Directory.CreateTempSubdirectory("cwg-migrate-").FullName;
        try
        {
            var (exitCode, output, error) = await CliRunner.RunProcessAsync(workingDirectory, environment, "migrate");
            Assert.True(exitCode == 0, output + error);
            Assert.Contains("Migration done.", output, StringComparison.Ordinal);
            // Run again, as every deployment does: nothing to create, the grants re-applied, no error.
            var again = await CliRunner.RunProcessAsync(workingDirectory, environment, "migrate");
            Assert.True(again.ExitCode == 0, again.Output + again.Error);
            foreach (var text in new[] { output, error, again.Output, again.Error })
            {
                Assert.DoesNotContain(LeastPrivilegeDatabase.OwnerPassword, text, StringComparison.Ordinal);
                Assert.DoesNotContain(LeastPrivilegeDatabase.RuntimePassword, text, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }

        await RuntimeRoleArchivesAndReadsAsync(database);
        await RuntimeRoleSchedulesAndRunsAQuartzJobAsync(database);
        await RuntimeRoleIsRefusedEveryChangeToEvidenceAsync(database);
    }

    [PostgresFact]
    public async Task RuntimeRole_OnAnUnmigratedDatabase_StopsAndSaysToRunMigrate_CreatingNothing()
    {
        await using var database = await LeastPrivilegeDatabase.CreateAsync();
        await using var store = new PostgresArchiveStore(new PostgresArchiveStoreOptions { ConnectionString = database.RuntimeConnectionString });

        var refused = await Assert.ThrowsAsync<ArchiveStoreException>(() => store.InitializeAsync(Ct));

        Assert.Contains("chatwork-guard migrate", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:MigrationConnectionString", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(LeastPrivilegeDatabase.RuntimePassword, refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(database.OwnerConnectionString,
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [PostgresFact]
    public async Task RunCommand_AsTheRuntimeRoleBeforeMigrate_ExitsWithTheFixAndNoPassword()
    {
        await using var database = await LeastPrivilegeDatabase.CreateAsync();
        var ports = FreePort.Many(2);
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database.RuntimeConnectionString,
            ["Chatwork__ApiToken"] = "3f2a9c0d8e7b6a5f4e3d2c1b0a9f8e7d",
            ["Chatwork__BaseUrl"] = "http://127.0.0.1:9/v2/",
            ["Urls"] = $"http://127.0.0.1:{ports[0]}",
            ["Management__Urls"] = $"http://127.0.0.1:{ports[1]}",
        };
        var workingDirectory = Directory.CreateTempSubdirectory("cwg-run-").FullName;
        try
        {
            var (exitCode, output, error) = await CliRunner.RunProcessAsync(workingDirectory, environment, "run");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("chatwork-guard migrate", output + error, StringComparison.Ordinal);
            Assert.DoesNotContain(LeastPrivilegeDatabase.RuntimePassword, output + error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
    }

    [PostgresFact]
    public async Task Run_WithMigrationConnectionString_MigratesAsOwnerAtStart_SoTheRuntimeRoleOpensACurrentArchive()
    {
        await using var database = await LeastPrivilegeDatabase.CreateAsync();
        var storage = new StorageOptions
        {
            Provider = StorageProvider.Postgres,
            ConnectionString = database.RuntimeConnectionString,
            MigrationConnectionString = database.OwnerConnectionString,
            RuntimeRole = database.RuntimeRole,
        };

        await new MigrationOnStart(Options.Create(storage), TimeProvider.System, NullLogger<MigrationOnStart>.Instance).StartAsync(Ct);

        await using var store = ArchiveStoreFactory.Create(storage, readOnly: false);
        await store.InitializeAsync(Ct);
        Assert.Equal(0L, await ScalarAsync(database.RuntimeConnectionString, OwnedByMe));
        Assert.Equal(0L, await ScalarAsync(database.OwnerConnectionString,
            $"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '{database.OwnerRole}'"));
    }

    // Everything the runtime role owns: tables, sequences, views, functions, schemas.
    private const string OwnedByMe =
        "SELECT (SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) + " +
        "(SELECT count(*) FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) + " +
        "(SELECT count(*) FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user))";

    private static async Task RuntimeRoleArchivesAndReadsAsync(LeastPrivilegeDatabase database)
    {
        await using var store = new PostgresArchiveStore(new PostgresArchiveStoreOptions { ConnectionString = database.RuntimeConnectionString });
        await store.InitializeAsync(Ct);
        await store.AppendAsync(Draft(RecordKind.RoomJoined, null, null), Ct);
        await store.AppendBatchAsync([Draft(RecordKind.MessageCreated, "1001", "見積もりをお送りします。"), Draft(RecordKind.MessageCreated, "1002", "ありがとうございます。")], Ct);
        var again = await store.AppendAsync(Draft(RecordKind.MessageCreated, "1001", "見積もりをお送りします。"), Ct);
        Assert.False(again.Added);
        await store.SaveCursorAsync(new SyncCursor(42, 1_764_800_000, 2, Observed), Ct);
        await store.SaveCursorAsync(new SyncCursor(42, 1_764_800_100, 3, Observed.AddMinutes(1)), Ct);
        await store.SaveActionCursorAsync(42, 1, Ct);
        await store.CompleteActionsAsync(42, [3], Ct);
        Assert.Equal(1L, (await store.LoadActionProgressAsync(42, Ct)).ActedThrough);
        await store.CompleteActionsAsync(42, [2], Ct);

        var records = new List<ArchiveRecord>();
        await foreach (var record in store.ReadRoomAsync(42, 1, Ct))
        {
            records.Add(record);
        }

        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Sequence));
        Assert.Equal(records[^1].Hash, (await store.GetChainHeadAsync(42, Ct))!.Hash);
        Assert.Equal(3, (await store.LoadCursorsAsync(Ct))[42].MessageNum);
        Assert.Equal(3L, (await store.LoadActionProgressAsync(42, Ct)).ActedThrough);
        Assert.Empty((await store.LoadActionProgressAsync(42, Ct)).DoneAfter);

        await using var blobs = new PostgresBlobStore(database.RuntimeConnectionString);
        var bytes = RandomNumberGenerator.GetBytes(PostgresBlobStore.ChunkSize + 77);
        var stored = await blobs.PutAsync(new MemoryStream(bytes), bytes.Length, Ct);
        await using var read = (await blobs.OpenReadAsync(stored.Sha256, Ct))!;
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    private static async Task RuntimeRoleSchedulesAndRunsAQuartzJobAsync(LeastPrivilegeDatabase database)
    {
        var storage = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = database.RuntimeConnectionString };
        var services = new ServiceCollection().AddLogging();
        // The bot's own job store configuration: clustered, ProvisionSchema (which only validates a complete schema).
        services.AddQuartz(quartz => quartz.UsePersistentStore(store => store.UseArchiveDatabase(storage)));
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        SignalJob.Waiting[database.Name] = ran;
        try
        {
            await scheduler.Start(Ct);
            var job = JobBuilder.Create<SignalJob>().WithIdentity("signal", "least-privilege").UsingJobData(SignalJob.Key, database.Name).Build();
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build(), cancellationToken: Ct);
            // A fact, not a sleep: the job completes the signal when Quartz has acquired, fired and run it.
            await ran.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, Ct);
            SignalJob.Waiting.TryRemove(database.Name, out _);
        }

        Assert.True(await ScalarAsync(database.RuntimeConnectionString, "SELECT count(*) FROM qrtz_scheduler_state") >= 1);
    }

    private static async Task RuntimeRoleIsRefusedEveryChangeToEvidenceAsync(LeastPrivilegeDatabase database)
    {
        string[] refused =
        [
            "UPDATE archive_records SET body = 'forged' WHERE room_id = 42 AND seq = 2",
            "DELETE FROM archive_records WHERE room_id = 42",
            "TRUNCATE archive_records",
            "TRUNCATE archive_chain_heads",
            "DELETE FROM archive_chain_heads",
            "UPDATE archive_chain_heads SET room_id = 43",
            "UPDATE archive_blobs SET size = 0",
            "DELETE FROM archive_blob_chunks",
            "INSERT INTO archive_schema_migrations (version, name, applied_at_ms) VALUES (99, 'x', 0)",
            "DROP TABLE archive_records",
            "ALTER TABLE archive_records DISABLE TRIGGER ALL",
            "ALTER TABLE archive_records DISABLE TRIGGER archive_records_append_only",
            "DROP TRIGGER archive_records_append_only ON archive_records",
            "DROP TRIGGER archive_records_no_truncate ON archive_records",
            "CREATE OR REPLACE FUNCTION archive_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
            "CREATE TABLE archive_records_shadow (x integer)",
        ];
        await using var connection = new NpgsqlConnection(database.RuntimeConnectionString);
        await connection.OpenAsync();
        foreach (var sql in refused)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.True(error.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {error.SqlState} {error.MessageText}");
        }

        Assert.Equal(0L, await ScalarAsync(database.RuntimeConnectionString, OwnedByMe));
        // Both append-only triggers are still there and enabled.
        Assert.Equal(2L, await ScalarAsync(database.OwnerConnectionString,
            "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'archive_records'::regclass AND NOT tgisinternal AND tgenabled = 'O'"));

        await using var reader = new PostgresArchiveStore(new PostgresArchiveStoreOptions { ConnectionString = database.RuntimeConnectionString, ReadOnly = true });
        var report = await ChainVerifier.VerifyRoomAsync(reader, 42, progress: null, Ct);
        Assert.True(report.IsIntact, report.ToString());
        Assert.Equal(3L, report.RecordCount);
    }

    private static RecordDraft Draft(RecordKind kind, string? messageId, string? body) => new()
    {
        RoomId = 42,
        Kind = kind,
        MessageId = messageId,
        AccountId = messageId is null ? null : 7,
        AccountName = messageId is null ? null : "クライアント",
        Body = body,
        SendTime = messageId is null ? null : 1_764_800_000,
        UpdateTime = messageId is null ? null : 0,
        ObservedAt = Observed,
        Source = RecordSource.Poll,
    };

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Completes the signal its job data names.</summary>
    private sealed class SignalJob : IJob
    {
        public const string Key = "signal";

        public static ConcurrentDictionary<string, TaskCompletionSource> Waiting { get; } = new();

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            if (Waiting.TryGetValue(context.MergedJobDataMap.GetString(Key)!, out var signal))
            {
                signal.TrySetResult();
            }

            return ValueTask.CompletedTask;
        }
    }
}
