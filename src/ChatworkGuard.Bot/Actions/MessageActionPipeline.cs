using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Rooms;

namespace ChatworkGuard.Bot.Actions;

/// <summary>
/// Runs every <see cref="IMessageAction"/> on each newly archived message, in order, awaited. The bot's own
/// messages are never acted on. One failing action is logged and the others still run.
/// </summary>
internal sealed partial class MessageActionPipeline
{
    private readonly List<IMessageAction> _actions;
    private readonly BotIdentity _identity;
    private readonly RoomDirectory _rooms;
    private readonly ILogger<MessageActionPipeline> _logger;

    public MessageActionPipeline(IEnumerable<IMessageAction> actions, BotIdentity identity, RoomDirectory rooms, ILogger<MessageActionPipeline> logger)
    {
        _actions = actions.ToList();
        _identity = identity;
        _rooms = rooms;
        _logger = logger;
    }

    /// <summary>Acts on the new message versions of <paramref name="result"/>.</summary>
    public async Task RunAsync(long roomId, IngestResult result, bool live, CancellationToken cancellationToken)
    {
        if (!live || _actions.Count == 0)
        {
            return;
        }

        var botAccountId = (await _identity.GetAsync(cancellationToken)).AccountId;
        var profile = _rooms.ProfileOf(roomId);
        foreach (var record in result.MessageVersions)
        {
            if (record.AccountId == botAccountId)
            {
                continue;
            }

            foreach (var action in _actions)
            {
                try
                {
                    await action.HandleAsync(new ArchivedMessage(record, live), profile, cancellationToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    Log.ActionFailed(_logger, action.GetType().Name, roomId, record.MessageId, error);
                }
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "{Action} failed on message {MessageId} in room {RoomId}")]
        public static partial void ActionFailed(ILogger logger, string action, long roomId, string? messageId, Exception error);
    }
}
