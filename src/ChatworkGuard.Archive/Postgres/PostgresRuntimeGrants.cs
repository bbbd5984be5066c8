using System.Text.RegularExpressions;

namespace ChatworkGuard.Archive.Postgres;

/// <summary>Gives the bot's runtime role what `run` needs on every table in the archive's schema, and no more: all
/// rows of its own state (cursors, heads, Quartz's <c>qrtz_</c> tables, whatever later migrations add), but only
/// SELECT and INSERT on the evidence. The owner role keeps the tables; the runtime role owns nothing, so it can
/// neither drop nor disable the append-only triggers.</summary>
/// <remarks>Run by the owner after every migration (it is idempotent), so tables added later are covered too.</remarks>
public static partial class PostgresRuntimeGrants
{
    /// <summary>Tables whose rows are evidence or its bookkeeping: the runtime role may read and add rows, never
    /// change or remove one (except a chain head's seq and hash, which move forward under a trigger). Every other
    /// table in the schema is the bot's state and fully writable.</summary>
    public static IReadOnlyList<string> AppendOnlyTables { get; } = ["archive_records", "archive_chain_heads", "archive_blobs", "archive_blob_chunks"];

    /// <summary>Tables the runtime role may only read.</summary>
    public static IReadOnlyList<string> ReadOnlyTables { get; } = ["archive_schema_migrations"];

    /// <summary>Whether <paramref name="role"/> can name a role here: a plain lower-case identifier (a-z, 0-9, _), which
    /// PostgreSQL reads the same quoted or not, so it is safe in GRANT statements as written.</summary>
    public static bool IsValidRoleName(string role) => RoleName().IsMatch(role);

    /// <summary>Grants <paramref name="role"/> the runtime privileges on every table of the connection's current schema.</summary>
    /// <param name="connection">An open connection as the owner role, after the migrations.</param>
    /// <param name="role">The runtime role; it must exist and must not be the owner or a superuser.</param>
    /// <param name="cancellationToken">Cancels the statements; they run in one transaction.</param>
    public static async Task ApplyAsync(NpgsqlConnection connection, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(role);
        if (!IsValidRoleName(role))
        {
            throw new ArchiveStoreException($"Storage:RuntimeRole '{role}' is not a plain role name: use lower-case letters, digits and _, starting with a letter or _.");
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string schema;
        await using (var check = new NpgsqlCommand(
            "SELECT r.rolsuper, r.rolname = current_user, current_schema() FROM pg_roles r WHERE r.rolname = @role", connection, transaction))
        {
            check.Parameters.AddWithValue("role", role);
            await using var reader = await check.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new ArchiveStoreException(
                    $"Storage:RuntimeRole '{role}' does not exist. Create it first, e.g. CREATE ROLE {role} LOGIN PASSWORD '…'; (see README, PostgreSQL mode).");
            }

            if (reader.GetBoolean(0) || reader.GetBoolean(1))
            {
                throw new ArchiveStoreException(
                    $"Storage:RuntimeRole '{role}' is a superuser or the owner role itself: least privilege needs a separate role that owns nothing.");
            }

            schema = reader.GetString(2);
        }

        var quotedSchema = "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var restricted = string.Join(", ", AppendOnlyTables.Concat(ReadOnlyTables).Select(t => $"{quotedSchema}.{t}"));
        var statements = $"""
            GRANT USAGE ON SCHEMA {quotedSchema} TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {quotedSchema} TO {role};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {quotedSchema} TO {role};
            REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {restricted} FROM {role};
            REVOKE INSERT ON {string.Join(", ", ReadOnlyTables.Select(t => $"{quotedSchema}.{t}"))} FROM {role};
            GRANT UPDATE (seq, hash) ON {quotedSchema}.archive_chain_heads TO {role};
            """;
        await using (var grant = new NpgsqlCommand(statements, connection, transaction))
        {
            await grant.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
