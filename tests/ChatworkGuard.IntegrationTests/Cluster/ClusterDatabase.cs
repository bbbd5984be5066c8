using Npgsql;

namespace ChatworkGuard.IntegrationTests.Cluster;

/// <summary>A fresh database with a random name on the test server, dropped (with its connections) on dispose.</summary>
internal sealed class ClusterDatabase : IAsyncDisposable
{
    private readonly string _server;

    private ClusterDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<ClusterDatabase> CreateAsync()
    {
        var server = PostgresTestEnvironment.ConnectionString ?? throw new InvalidOperationException(PostgresTestEnvironment.Variable + " is not set.");
        var name = "cwg_cluster_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new ClusterDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
