namespace ChatworkGuard.Archive.Relational;

/// <summary>What the SQLite and PostgreSQL stores share over ADO.NET: initialization, error translation, reads,
/// cursors and the checks before an append. Each store adds its connections, its dialect SQL, its locks and its
/// error codes.</summary>
/// <remarks>Only this assembly can derive from it: its constructor and hooks are private protected.</remarks>
public abstract partial class RelationalArchiveStore : IArchiveStore, ISyncCursorStore
{
    private readonly bool _readOnly;
    private readonly Lock _initializationGate = new();
    private Task? _initialization;

    private protected RelationalArchiveStore(bool readOnly) => _readOnly = readOnly;

    /// <inheritdoc />
    public abstract string Location { get; }

    /// <summary>How errors name the archive: "The archive …" and where it is, never with a password.</summary>
    private protected abstract string ArchiveDescription { get; }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        lock (_initializationGate)
        {
            // A failed start (locked file, full disk, server down) is retried by the next call instead of being cached forever.
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = RunAsync(() => InitializeCoreAsync(CancellationToken.None));
            }

            return _initialization.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <inheritdoc />
    public abstract void Dispose();

    /// <summary>Creates or migrates the schema, or checks it when read-only; runs once, errors translated.</summary>
    private protected abstract Task InitializeCoreAsync(CancellationToken cancellationToken);

    /// <summary>An open connection, set up as the provider needs it.</summary>
    private protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The provider's error as an <see cref="ArchiveStoreException"/> that states the fix, or null to let it through.</summary>
    private protected abstract ArchiveStoreException? Translate(Exception exception);

    /// <summary>Runs a write (an append or a cursor upsert) with errors translated; a store with a single writer serializes here.</summary>
    private protected virtual Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => RunAsync(write);

    private protected void ThrowIfReadOnly(string refused)
    {
        if (_readOnly)
        {
            throw new InvalidOperationException($"{ArchiveDescription} was opened read-only; {refused}.");
        }
    }

    private protected async Task RunAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    private protected async Task<T> RunAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    private protected T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }
}
