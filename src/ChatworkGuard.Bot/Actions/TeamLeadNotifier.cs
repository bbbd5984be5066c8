namespace ChatworkGuard.Bot.Actions;

/// <summary>Tells the team lead about a room: in the configured notification room, or the bot's My chat.</summary>
internal sealed partial class TeamLeadNotifier
{
    private readonly NoticePoster _poster;
    private readonly IChatworkOwnAccount _ownAccount;
    private readonly ILogger<TeamLeadNotifier> _logger;

    public TeamLeadNotifier(NoticePoster poster, IChatworkOwnAccount ownAccount, ILogger<TeamLeadNotifier> logger)
    {
        _poster = poster;
        _ownAccount = ownAccount;
        _logger = logger;
    }

    /// <summary>Posts <paramref name="notice"/> to <paramref name="notificationRoomId"/> or the bot's My chat.</summary>
    public async Task NotifyAsync(long? notificationRoomId, Notice notice, CancellationToken cancellationToken)
    {
        var roomId = notificationRoomId ?? (await _ownAccount.GetOwnAccountAsync(cancellationToken)).RoomId;
        try
        {
            await _poster.PostAsync(roomId, notice, null, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The notice is a courtesy; the archive already holds the fact. Log and let the caller go on.
            Log.NotifyFailed(_logger, roomId, error);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Could not notify the team lead in room {RoomId}")]
        public static partial void NotifyFailed(ILogger logger, long roomId, Exception error);
    }
}
