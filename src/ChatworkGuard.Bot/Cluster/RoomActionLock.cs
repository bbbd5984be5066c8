using System.Collections.Immutable;

namespace ChatworkGuard.Bot.Cluster;

/// <summary>
/// Serialises the bot's posting decisions (warnings, escrow reminders) per room across every instance that shares
/// one PostgreSQL database; with SQLite there is one instance, so it only serialises within the process.
/// </summary>
/// <remarks>
/// Why: ingestion is already idempotent across instances (only the instance whose append of a message version
/// returned Added acts on it), but the decisions read per-process state — the warning cooldown and the escrow
/// reminder count — that another instance may have just changed. Holding a PostgreSQL session advisory lock
/// (keyed by room) while the caller refreshes that state from the archive, posts and archives the post means the
/// next instance sees the post before it decides; so a warning or reminder is posted once, not once per instance.
/// The lock is re-entrant within one async flow (a warning may count as an escrow reminder under the same lock).
/// </remarks>
internal sealed class RoomActionLock
{
    // The first key of the two-int advisory lock: "CWGR" (ChatworkGuard room), so other users of the database do
    // not collide with ours. The second key is the room id folded into 32 bits; a collision only serialises two rooms.
    private const int LockSpace = 0x43574752;

    private readonly StorageOptions _storage;
    private readonly AsyncLocal<ImmutableHashSet<long>?> _held = new();
    private readonly Dictionary<long, SemaphoreSlim> _local = [];

    public RoomActionLock(IOptions<StorageOptions> storage) => _storage = storage.Value;

    /// <summary>Waits for the room's lock; dispose the result (with <c>await using</c>) to release it.</summary>
    /// <remarks>Not async on purpose: the async-local "held" mark must flow back to the caller's method.</remarks>
    public Task<IAsyncDisposable> AcquireAsync(long roomId, CancellationToken cancellationToken)
    {
        var before = _held.Value ?? [];
        if (before.Contains(roomId))
        {
            return Task.FromResult<IAsyncDisposable>(Released.Instance);
        }

        _held.Value = before.Add(roomId);
        return AcquireCoreAsync(roomId, before, cancellationToken);
    }

    private async Task<IAsyncDisposable> AcquireCoreAsync(long roomId, ImmutableHashSet<long> before, CancellationToken cancellationToken)
    {
        var gate = LocalGate(roomId);
        await gate.WaitAsync(cancellationToken);
        NpgsqlConnection? connection = null;
        try
        {
            if (_storage.Provider == StorageProvider.Postgres)
            {
                connection = new NpgsqlConnection(_storage.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                await RunAsync(connection, "SELECT pg_advisory_lock(@space, @room)", roomId, cancellationToken);
            }
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            gate.Release();
            throw;
        }

        return new Holder(this, roomId, before, gate, connection);
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql, long roomId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("space", LockSpace);
        command.Parameters.AddWithValue("room", unchecked((int)(roomId ^ (roomId >> 32))));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private SemaphoreSlim LocalGate(long roomId)
    {
        lock (_local)
        {
            if (!_local.TryGetValue(roomId, out var gate))
            {
                _local[roomId] = gate = new SemaphoreSlim(1, 1);
            }

            return gate;
        }
    }

    private sealed class Holder(RoomActionLock owner, long roomId, ImmutableHashSet<long> before, SemaphoreSlim gate, NpgsqlConnection? connection) : IAsyncDisposable
    {
        // Not async: restoring the async-local must flow back to the method that took the lock.
        public ValueTask DisposeAsync()
        {
            owner._held.Value = before;
            return ReleaseAsync();
        }

        private async ValueTask ReleaseAsync()
        {
            try
            {
                if (connection is not null)
                {
                    // A pooled connection keeps its session (and so the lock) until reused: unlock explicitly. A crashed
                    // instance's locks go with its connection when PostgreSQL notices the socket closed.
                    await RunAsync(connection, "SELECT pg_advisory_unlock(@space, @room)", roomId, CancellationToken.None);
                }
            }
            finally
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }

                gate.Release();
            }
        }
    }

    private sealed class Released : IAsyncDisposable
    {
        public static readonly Released Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
