namespace ChatworkGuard.Emulator.Webhooks;

/// <summary>Builds the exact bytes Chatwork POSTs: compact JSON, fields in the recorded order.</summary>
internal static class WebhookPayloads
{
    public const string MessageCreated = "message_created";
    public const string MessageUpdated = "message_updated";
    public const string MentionToMe = "mention_to_me";

    public static byte[] ForMessage(string settingId, string eventType, long eventTime, long roomId, StoredMessage message) =>
        WireJson.ToBytes(
            new MessageWebhookPayload(
                settingId,
                eventType,
                eventTime,
                new MessageWebhookEvent(message.Dto.MessageId, roomId, message.Author.Id, message.Body, message.SendTime, message.UpdateTime)),
            WireJson.Context.MessageWebhookPayload);

    public static byte[] ForMention(string settingId, long eventTime, long roomId, long toAccountId, StoredMessage message) =>
        WireJson.ToBytes(
            new MentionWebhookPayload(
                settingId,
                MentionToMe,
                eventTime,
                new MentionWebhookEvent(message.Author.Id, toAccountId, roomId, message.Id.ToString(CultureInfo.InvariantCulture), message.Body, message.SendTime, message.UpdateTime)),
            WireJson.Context.MentionWebhookPayload);
}
