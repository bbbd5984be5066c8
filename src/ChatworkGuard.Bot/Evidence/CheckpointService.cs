namespace ChatworkGuard.Bot.Evidence;

/// <summary>
/// Takes a checkpoint: one Merkle root over every room's (room_id, seq, head), a signed <c>checkpoint</c> record in each
/// room whose head moved, and — at most once per Evidence:CheckpointInterval — one post of the statement to the witness
/// room, whose message id the records then carry.
/// </summary>
/// <remarks>The post comes first so that every record can name it; a failed post is logged and the records are written
/// unwitnessed, and those rooms count as moved until a witnessed checkpoint covers them.</remarks>
internal sealed partial class CheckpointService(IArchiveStore store, IChatworkPoster poster, IOptions<EvidenceOptions> evidenceOptions, CheckpointSigningKey key, TimeProvider time, ILogger<CheckpointService> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset? _lastPost;

    /// <summary>Takes a checkpoint now (or at <paramref name="at"/>, a job's scheduled time); nothing when no room moved.</summary>
    public async Task<CheckpointOutcome> TakeAsync(CheckpointCause cause, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var options = evidenceOptions.Value;
            var witnessRoom = options.WitnessRoomId;
            var plan = await CheckpointPlan.CreateAsync(store, at ?? time.GetUtcNow(), onlyWitnessedCounts: witnessRoom is not null, cancellationToken);
            if (plan.MovedIndexes.Count == 0)
            {
                return new CheckpointOutcome(null, 0, null);
            }

            var statement = plan.Statement;
            var signer = key.Signer;
            var signature = signer?.Sign(statement);
            string? messageId = null;
            var lastPost = Max(_lastPost, plan.LastWitnessedAt);
            if (witnessRoom is { } room && (lastPost is null || statement.At - lastPost >= options.CheckpointInterval))
            {
                try
                {
                    messageId = await poster.PostMessageAsync(room, WitnessPost.Body(statement, signer?.Fingerprint), cancellationToken: cancellationToken);
                    _lastPost = statement.At;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    Log.WitnessPostFailed(logger, room, error);
                }
            }

            var results = await store.AppendBatchAsync(plan.Drafts(cause, witnessRoom, messageId, signature, signer?.PublicKey), cancellationToken);
            var added = results.Count(r => r.Added);
            Log.CheckpointTaken(logger, cause, statement.Root, statement.Rooms, added, messageId);
            return new CheckpointOutcome(statement, added, messageId);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static partial class Log
    {
        [LoggerMessage(EventId = 1801, Level = LogLevel.Information, Message = "Checkpoint ({Cause}): root {Root} over {Rooms} room(s), {Added} checkpoint record(s) added, witness post message id {MessageId} (none when not posted)")]
        public static partial void CheckpointTaken(ILogger logger, CheckpointCause cause, ChainHash root, int rooms, int added, string? messageId);

        [LoggerMessage(EventId = 1802, Level = LogLevel.Warning, Message = "Could not post the checkpoint to the witness room {RoomId}; the checkpoint records are written unwitnessed and the next checkpoint covers them")]
        public static partial void WitnessPostFailed(ILogger logger, long roomId, Exception error);
    }
}

/// <summary>What a checkpoint did.</summary>
/// <param name="Statement">The statement, or null when no room moved and nothing was written.</param>
/// <param name="RecordsAdded">How many checkpoint records were appended.</param>
/// <param name="WitnessMessageId">The witness post's message id, when it was posted.</param>
internal sealed record CheckpointOutcome(CheckpointStatement? Statement, int RecordsAdded, string? WitnessMessageId);
