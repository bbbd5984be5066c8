using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Postgres;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Bot.Health;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Metrics;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>A room whose history is longer than the API's window of 100: each read is diffed against the archived
/// messages the window can show, on both stores, over the real client and the emulator.</summary>
public sealed class WindowIngestTests
{
    [Fact]
    public Task FullWindowOverALongHistory_ArchivesNewEditedAndDeletedMessagesOnly_Sqlite() => RunAsync(SqliteStoreAsync);

    [PostgresFact]
    public Task FullWindowOverALongHistory_ArchivesNewEditedAndDeletedMessagesOnly_Postgres() => RunAsync(PostgresStoreAsync);

    private static async Task RunAsync(Func<Task<(IArchiveStore Store, Func<Task> Cleanup)>> createStore)
    {
        // The emulator's clock stamps send_time: a minute between messages makes the window's oldest send time mean something.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
        await using var world = await ChatworkWorld.StartAsync(emulatorTime: clock);
        var (store, cleanup) = await createStore();
        try
        {
            var ingestor = Ingestor(store, world);
            var ids = new List<string>();
            for (var n = 1; n <= 150; n++)
            {
                ids.Add(world.Control.PostMessage(world.Member.AccountId, world.RoomId, $"メッセージ {n}"));
                clock.Advance(TimeSpan.FromMinutes(1));
                if (n == 50)
                {
                    // The first read saw the room when it was young, so the archive holds its oldest messages too.
                    await IngestAsync(ingestor, world, growth: null);
                }
            }

            var second = await IngestAsync(ingestor, world, growth: 100);
            Assert.Equal(100, second.Added.Count(r => r.Kind == RecordKind.MessageCreated));
            Assert.DoesNotContain(second.Added, r => r.Kind == RecordKind.Gap);

            // Inside the window: an edit, a deletion, two new messages. Outside it: a deletion nobody can see any more.
            world.Control.EditMessage(world.RoomId, ids[119], "メッセージ 120（修正）");
            world.Control.DeleteMessage(world.RoomId, ids[129]);
            world.Control.DeleteMessage(world.RoomId, ids[4]);
            ids.Add(world.Control.PostMessage(world.Member.AccountId, world.RoomId, "メッセージ 151"));
            ids.Add(world.Control.PostMessage(world.Member.AccountId, world.RoomId, "メッセージ 152"));
            var third = await IngestAsync(ingestor, world, growth: 2);

            Assert.Equal(
                [(RecordKind.MessageCreated, ids[150]), (RecordKind.MessageCreated, ids[151]), (RecordKind.MessageEdited, ids[119]), (RecordKind.MessageDeleted, ids[129])],
                third.Added.Select(r => (r.Kind, r.MessageId!)));
            Assert.Equal("メッセージ 130", third.Added[^1].Body);

            // A webhook event reads its one message: a version already archived adds nothing, a new one is an edit.
            var sameVersion = await ingestor.IngestOneAsync(world.RoomId, MessageIngestor.ToSeen(await world.Client.GetMessageAsync(world.RoomId, ids[119])), RecordSource.Webhook, CancellationToken.None);
            Assert.Empty(sameVersion.Added);
            world.Control.EditMessage(world.RoomId, ids[2], "メッセージ 3（修正）");
            var edited = await ingestor.IngestOneAsync(world.RoomId, MessageIngestor.ToSeen(await world.Client.GetMessageAsync(world.RoomId, ids[2])), RecordSource.Webhook, CancellationToken.None);
            Assert.Equal((RecordKind.MessageEdited, ids[2]), (Assert.Single(edited.Added).Kind, Assert.Single(edited.Added).MessageId!));
        }
        finally
        {
            await store.DisposeAsync();
            await cleanup();
        }
    }

    private static async Task<IngestResult> IngestAsync(MessageIngestor ingestor, ChatworkWorld world, int? growth)
    {
        var window = await world.Client.GetMessagesAsync(world.RoomId, force: true, CancellationToken.None);
        return await ingestor.IngestWindowAsync(world.RoomId, window, RecordSource.Poll, growth, world.Client, CancellationToken.None);
    }

    private static MessageIngestor Ingestor(IArchiveStore store, ChatworkWorld world)
    {
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new BotMetrics(meters.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), new NeverSynced(), TimeProvider.System);
        return new MessageIngestor(store, world.Client, TimeProvider.System, metrics, NullLogger<MessageIngestor>.Instance);
    }

    private static async Task<(IArchiveStore, Func<Task>)> SqliteStoreAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cwg-window-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={Path.Combine(directory, "guard.db")}" });
        await store.InitializeAsync(CancellationToken.None);
        return (store, () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<(IArchiveStore, Func<Task>)> PostgresStoreAsync()
    {
        var server = PostgresTestEnvironment.ConnectionString!;
        var schema = "cwg_window_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE SCHEMA {schema}");
        var store = new PostgresArchiveStore(new PostgresArchiveStoreOptions
        {
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString(),
        });
        await store.InitializeAsync(CancellationToken.None);
        return (store, () =>
        {
            NpgsqlConnection.ClearAllPools();
            return ExecuteAsync(server, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class NeverSynced : ISyncStatus
    {
        public DateTimeOffset? LastSuccessfulCycleAt => null;
    }
}
